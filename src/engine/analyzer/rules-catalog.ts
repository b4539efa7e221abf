// What the analyzer reads of the catalog: each node's kind, title and match rules, and the errors that
// are not about authorization. The start page downloads only this slice (about a fifth of the whole
// catalog, gzip); a whole Catalog fits the same type, so tests and scripts pass the catalog itself.
import type { Catalog, CatalogNode, OutsideError } from '../../catalog/schema.ts';

export interface RulesCatalog {
  nodes: Record<string, Pick<CatalogNode, 'kind' | 'title' | 'match'>>;
  outside?: OutsideError[];
}

export function rulesCatalog(catalog: Catalog): RulesCatalog {
  const nodes: RulesCatalog['nodes'] = {};
  for (const [id, { kind, title, match }] of Object.entries(catalog.nodes)) nodes[id] = match ? { kind, title, match } : { kind, title };
  return catalog.outside ? { nodes, outside: catalog.outside } : { nodes };
}
