// The one query through which the app reads the catalog. Loaders ensure it; components read it with
// useCatalog(), which suspends until the catalog is there. A failed download never throws into the page:
// the page stays as it is (while hydrating, that is the prerendered HTML) and <CatalogStatus> offers a retry.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { use } from 'react';
import catalogUrl from '../catalog/catalog.json?url';
import { fetchCatalog } from '../catalog/fetch.ts';
import type { Catalog } from '../catalog/schema.ts';

export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: () => fetchCatalog(catalogUrl),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

const arrivals = new WeakMap<QueryClient, Promise<Catalog>>();

/** Resolves once the catalog is in the cache, however many failed attempts come first. Never rejects. */
function arrival(queryClient: QueryClient): Promise<Catalog> {
  let promise = arrivals.get(queryClient);
  if (!promise) {
    promise = new Promise<Catalog>((resolve) => {
      const check = () => {
        const data = queryClient.getQueryData(catalogQuery.queryKey);
        if (data) {
          unsubscribe();
          resolve(data);
        }
      };
      const unsubscribe = queryClient.getQueryCache().subscribe(check);
      check();
    });
    arrivals.set(queryClient, promise);
  }
  return promise;
}

export function useCatalog(): Catalog {
  const queryClient = useQueryClient();
  const { data } = useQuery({ ...catalogQuery, throwOnError: false });
  return data ?? use(arrival(queryClient));
}

/** The catalog query's state, for the banner that reports a failed download and retries it. */
export function useCatalogStatus() {
  const { error, isError, isFetching, refetch } = useQuery({ ...catalogQuery, throwOnError: false });
  return { error, failed: isError && !isFetching, retrying: isError && isFetching, retry: () => void refetch() };
}
