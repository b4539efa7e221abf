// Every path the build prerenders to its own HTML file, from the catalog.
import { TOOLS } from '../catalog/constants.ts';
import type { Catalog } from '../catalog/schema.ts';
import { paths } from './paths.ts';

export interface SitePage {
  path: string;
  /** For sitemap lastmod. */
  lastmod: string;
}

export function sitePages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [
    { path: paths.home(), lastmod: catalog.reviewed },
    { path: paths.errors(), lastmod: catalog.reviewed },
    { path: paths.search(), lastmod: catalog.reviewed },
    { path: paths.map(), lastmod: catalog.reviewed },
    ...TOOLS.map((t) => ({ path: paths.tool(t), lastmod: catalog.reviewed })),
  ];
  for (const [id, node] of Object.entries(catalog.nodes)) {
    pages.push({ path: paths.node(node, id), lastmod: node.kind === 'scenario' ? node.reviewed : catalog.reviewed });
  }
  return pages;
}
