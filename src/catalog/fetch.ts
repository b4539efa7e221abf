// Loads the catalog in the browser. The build validated catalog.json and baked its SHA-256 into the app;
// bytes with that digest are the validated catalog. Anything else (an old cached file, a proxy's error
// page, a truncated download) goes through the full validator, loaded only then. Failures become one
// readable error the page shows.
import type { Catalog } from './schema.ts';

export class CatalogLoadError extends Error {
  override name = 'CatalogLoadError';
}

export async function fetchCatalog(url: string, expectedSha256: string = __CATALOG_SHA256__, fetchImpl: typeof fetch = fetch): Promise<Catalog> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetchImpl(url, { credentials: 'same-origin' });
    if (!response.ok) throw new CatalogLoadError(`The troubleshooter could not download its catalog (HTTP ${response.status}).`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw error instanceof CatalogLoadError ? error : new CatalogLoadError('The troubleshooter could not download its catalog (network error).');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new CatalogLoadError('The troubleshooter downloaded its catalog, but it is not valid JSON.');
  }
  if ((await sha256(bytes)) === expectedSha256) return value as Catalog;
  return validateInFull(value, url);
}

/** Hex SHA-256, or null where Web Crypto is unavailable (plain-http hosts other than localhost). */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function validateInFull(value: unknown, url: string): Promise<Catalog> {
  let validator: typeof import('./validate.ts');
  try {
    validator = await import('./validate.ts');
  } catch {
    throw new CatalogLoadError('The troubleshooter could not download its catalog validator (network error).');
  }
  const result = validator.validateCatalog(value);
  if (result.ok) return result.catalog;
  console.error(validator.formatProblems(url, result.problems));
  throw new CatalogLoadError('The troubleshooter downloaded its catalog, but it failed validation.');
}
