// Reads the current route's page data (what its loader returned, or the prerender embedded).
import { useLoaderData } from 'react-router';
import type { PageData } from '../engine/page-data.ts';

/** Whether a value is a page's data, as the build and the loaders produce it. */
export function isPageData(value: unknown): value is PageData {
  return typeof value === 'object' && value !== null && 'page' in value && 'meta' in value;
}

export function usePageData<K extends PageData['page']>(page: K): Extract<PageData, { page: K }> {
  const data: unknown = useLoaderData();
  if (!isPage(data, page)) throw new Error(`This route expected the data of a ${page} page.`);
  return data;
}

function isPage<K extends PageData['page']>(data: unknown, page: K): data is Extract<PageData, { page: K }> {
  return isPageData(data) && data.page === page;
}
