// Reads a catalog file from disk for the build, the tests and the scripts (Node only, never bundled for
// the browser). Every failure names the file, the JSON path and the fix.
import { readFileSync } from 'node:fs';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { formatProblems, validateCatalog } from './validate.ts';
import type { Catalog } from './schema.ts';
import type { Problem } from './integrity.ts';

export const CATALOG_FILE = 'src/catalog/catalog.json';

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`The catalog is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(file, problems)}`);
    this.name = 'CatalogError';
  }
}

/** Validates catalog text; `file` only labels the messages. */
export function parseCatalogText(text: string, file: string): Catalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CatalogError(file, [{ path: '$', message: `is not valid JSON (${(error as Error).message}). Fix the syntax.` }]);
  }
  const duplicates = findDuplicateKeys(text);
  const result = validateCatalog(value);
  const problems = [...duplicates, ...(result.ok ? [] : result.problems)];
  if (problems.length > 0 || !result.ok) throw new CatalogError(file, problems);
  return result.catalog;
}

export function loadCatalogFile(file: string = CATALOG_FILE): Catalog {
  return parseCatalogText(readFileSync(file, 'utf8'), file);
}
