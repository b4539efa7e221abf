// What each page carries. The build computes these from the validated catalog: the prerender embeds a
// page's data in its HTML (the router's hydration data), and writes the same data as a small JSON file
// that client-side navigation fetches. So hydrating a page never needs the whole catalog.
import { TOOLS } from '../catalog/constants.ts';
import type { Catalog, Question, Scenario, StartGroup, ToolName } from '../catalog/schema.ts';
import { errorIndex, type ErrorIndex } from './error-index.ts';
import { outline, type Outline } from './outline.ts';
import { pageMeta, type PageMeta } from './page-meta.ts';
import { paths } from './paths.ts';

/** A link to a node: what another page needs to show it. */
export interface NodeRef {
  id: string;
  kind: 'question' | 'scenario';
  title: string;
  summary: string;
}

export interface HomeGroup {
  where: StartGroup['where'];
  title: string;
  description: string;
  start: NodeRef | null;
  featured: Array<{ label: string; meaning: string; to: NodeRef }>;
}

interface Base {
  meta: PageMeta;
}
export type HomeData = Base & { page: 'home'; groups: HomeGroup[] };
export type ErrorsData = Base & { page: 'errors'; index: ErrorIndex };
export type QuestionData = Base & { page: 'question'; id: string; question: Question; targets: Record<string, NodeRef> };
export type ScenarioData = Base & { page: 'scenario'; id: string; scenario: Scenario; related: NodeRef[] };
export type ToolData = Base & { page: 'tool'; name: ToolName; scenarioTitles: Record<string, string> };
export type MapData = Base & { page: 'map'; outline: Outline };
export type SearchData = Base & { page: 'search' };
export type PageData = HomeData | ErrorsData | QuestionData | ScenarioData | ToolData | MapData | SearchData;

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function nodeRef(catalog: Catalog, id: string): NodeRef | null {
  const node = own(catalog.nodes, id);
  return node ? { id, kind: node.kind, title: node.title, summary: node.summary } : null;
}

const refs = (catalog: Catalog, ids: Iterable<string>): NodeRef[] =>
  [...ids].flatMap((id) => {
    const ref = nodeRef(catalog, id);
    return ref ? [ref] : [];
  });

/** The data of the page at `path` (relative to the site base, no query string), or null if there is none. */
export function pageData(catalog: Catalog, path: string): PageData | null {
  const meta = pageMeta(catalog, path);
  if (!meta.found) return null;
  const { title, description } = meta;
  const [, first = '', second = ''] = path.split('/');
  if (path === paths.home()) {
    const groups = catalog.start.map((group) => ({
      where: group.where,
      title: group.title,
      description: group.description,
      start: nodeRef(catalog, group.start),
      featured: catalog.index
        .filter((e) => e.where === group.where && e.featured)
        .flatMap((e) => {
          const to = nodeRef(catalog, e.to);
          return to ? [{ label: e.label, meaning: e.meaning, to }] : [];
        }),
    }));
    return { page: 'home', meta: { title, description }, groups };
  }
  if (path === paths.errors()) return { page: 'errors', meta: { title, description }, index: errorIndex(catalog) };
  if (path === paths.search()) return { page: 'search', meta: { title, description } };
  if (path === paths.map()) return { page: 'map', meta: { title, description }, outline: outline(catalog) };
  if (first === 'tools') {
    const name = TOOLS.find((t) => t === second);
    if (!name) return null;
    const scenarioTitles: Record<string, string> = {};
    for (const [id, node] of Object.entries(catalog.nodes)) if (node.kind === 'scenario') scenarioTitles[id] = node.title;
    return { page: 'tool', meta: { title, description }, name, scenarioTitles };
  }
  const node = own(catalog.nodes, second);
  if (node?.kind === 'question' && first === 'question') {
    const targets = Object.fromEntries(
      refs(
        catalog,
        node.answers.map((a) => a.next),
      ).map((r) => [r.id, r]),
    );
    return { page: 'question', meta: { title, description }, id: second, question: node, targets };
  }
  if (node?.kind === 'scenario' && first === 'scenario') {
    return { page: 'scenario', meta: { title, description }, id: second, scenario: node, related: refs(catalog, node.seeAlso ?? []) };
  }
  return null;
}

/** Where the build writes the data of the page at `path`, relative to the data folder. */
export function pageDataFile(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return `pages/${trimmed === '' ? 'index' : trimmed}.json`;
}

/** Id of the JSON block that carries a prerendered page's router state (its data) to the browser. */
export const HYDRATION_DATA_ID = 'router-hydration-data';

/** The files of the data folder besides the pages: the whole catalog (for search), the outline, the analyzer's rules. */
export const CATALOG_FILE = 'catalog.json';
export const RULES_FILE = 'analyzer.json';
export const OUTLINE_FILE = 'outline.json';
