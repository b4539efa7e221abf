// The one query through which the app reads the catalog. Loaders ensure it; components suspend on it.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import catalogUrl from '../catalog/catalog.json?url';
import { fetchCatalog } from '../catalog/fetch.ts';

export const CATALOG_URL = catalogUrl;

export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: () => fetchCatalog(catalogUrl),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

export function useCatalog() {
  return useSuspenseQuery(catalogQuery).data;
}
