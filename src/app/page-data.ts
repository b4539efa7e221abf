// Reads the current route's page data (what its loader returned, or the prerender embedded).
import { useLoaderData } from 'react-router';
import type { PageData } from '../engine/page-data.ts';

export function usePageData<K extends PageData['page']>(page: K): Extract<PageData, { page: K }> {
  const data: unknown = useLoaderData();
  if (!isPage(data, page)) throw new Error(`This route expected the data of a ${page} page.`);
  return data;
}

function isPage<K extends PageData['page']>(data: unknown, page: K): data is Extract<PageData, { page: K }> {
  return typeof data === 'object' && data !== null && 'page' in data && data.page === page;
}
