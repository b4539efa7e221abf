// Loads and validates the catalog in the browser. Failures become one readable error the page shows.
import { formatProblems, validateCatalog } from './validate.ts';
import type { Catalog } from './schema.ts';

export class CatalogLoadError extends Error {
  override name = 'CatalogLoadError';
}

export async function fetchCatalog(url: string, fetchImpl: typeof fetch = fetch): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch {
    throw new CatalogLoadError('The troubleshooter could not download its catalog (network error).');
  }
  if (!response.ok) throw new CatalogLoadError(`The troubleshooter could not download its catalog (HTTP ${response.status}).`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new CatalogLoadError('The troubleshooter downloaded its catalog, but it is not valid JSON.');
  }
  const result = validateCatalog(value);
  if (!result.ok) {
    console.error(formatProblems(url, result.problems));
    throw new CatalogLoadError('The troubleshooter downloaded its catalog, but it failed validation.');
  }
  return result.catalog;
}
