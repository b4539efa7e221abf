// Where the app gets its data. On the server (the prerender) a source reads the validated catalog in
// memory; in the browser it fetches the small JSON files the build wrote under `data/<version>/`, through
// TanStack Query so each file is fetched once. Routes only ever see a DataSource.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Catalog } from '../catalog/schema.ts';
import type { RulesCatalog } from '../engine/analyzer/rules-catalog.ts';
import { CATALOG_FILE, OUTLINE_FILE, pageDataFile, RULES_FILE, type PageData } from '../engine/page-data.ts';
import type { Outline } from '../engine/outline.ts';
import { DataLoadError, fetchJson } from './fetch-json.ts';

export interface DataSource {
  /** The data of the page at `path` (relative to the site base), or null when there is no such page. */
  page(path: string): Promise<PageData | null>;
  /** The decision tree's outline: for trails, the map and not-found suggestions. */
  outline(): Promise<Outline>;
}

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${__DATA_VERSION__}/${file}`;
const CACHE = { staleTime: Infinity, gcTime: Infinity, retry: 1 } as const;

/** Each file is one query; a null answer (404) is cached too. */
export const pageQuery = (path: string) =>
  queryOptions({
    queryKey: ['page', path],
    queryFn: async () => (await fetchJson(dataUrl(pageDataFile(path)), 'this page’s data')) as PageData | null,
    ...CACHE,
  });

export const outlineQuery = queryOptions({
  queryKey: ['outline'],
  queryFn: async () => required((await fetchJson(dataUrl(OUTLINE_FILE), 'its decision tree')) as Outline | null, 'its decision tree'),
  ...CACHE,
});

/** The analyzer's slice of the catalog: the paste box loads it on first use (the start page preloads it). */
export const rulesQuery = queryOptions({
  queryKey: ['rules'],
  queryFn: async () => required((await fetchJson(dataUrl(RULES_FILE), 'its analyzer rules')) as RulesCatalog | null, 'its analyzer rules'),
  ...CACHE,
});

/** The whole catalog: only search needs it, and loads it after hydration. */
export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: async () => required((await fetchJson(dataUrl(CATALOG_FILE), 'its catalog')) as Catalog | null, 'its catalog'),
  ...CACHE,
});

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new DataLoadError(`The troubleshooter could not find ${what} (HTTP 404).`);
  return value;
}

export function browserSource(queryClient: QueryClient): DataSource {
  return {
    page: (path) => queryClient.ensureQueryData(pageQuery(path)),
    outline: () => queryClient.ensureQueryData(outlineQuery),
  };
}

/** The outline, once `wanted`; undefined until it is there (it never suspends). */
export function useOutline(wanted: boolean): Outline | undefined {
  return useQuery({ ...outlineQuery, enabled: wanted }).data;
}

/** Loads the analyzer's rules on demand: a function for the paste box, which loads them on first use. */
export function useRulesLoader(): () => Promise<RulesCatalog> {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery(rulesQuery);
}

/** The whole catalog for a page that needs it once hydrated (search), with its loading state. */
export function useCatalog(wanted: boolean) {
  const { data, isError, error, refetch, isFetching } = useQuery({ ...catalogQuery, enabled: wanted });
  return { catalog: data, failed: isError && !isFetching ? error.message : null, retry: () => void refetch() };
}
