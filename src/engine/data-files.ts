// Every JSON file of the build's data folder, by name: each page's data, the outline, the analyzer's
// rules and the whole catalog (minified). The build writes them under `data/<version>/`; the dev server answers from here.
import type { Catalog } from '../catalog/schema.ts';
import { outline } from './outline.ts';
import { rulesCatalog } from './analyzer/rules-catalog.ts';
import { CATALOG_FILE, OUTLINE_FILE, pageData, pageDataFile, RULES_FILE } from './page-data.ts';
import { sitePages } from './site-paths.ts';

export function dataFiles(catalog: Catalog): Map<string, string> {
  const files = new Map<string, string>();
  for (const { path } of sitePages(catalog)) {
    const data = pageData(catalog, path);
    if (!data) throw new Error(`The site lists ${path}, but it has no page data.`);
    files.set(pageDataFile(path), JSON.stringify(data));
  }
  files.set(OUTLINE_FILE, JSON.stringify(outline(catalog)));
  files.set(CATALOG_FILE, JSON.stringify(catalog));
  files.set(RULES_FILE, JSON.stringify(rulesCatalog(catalog)));
  return files;
}
