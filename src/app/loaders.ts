// Route loaders: each returns its page's data from the DataSource, and answers 404 (with the nearest
// ids) for anything the build did not write. A question id under /scenario/ (or the reverse) redirects.
import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { TOOLS } from '../catalog/constants.ts';
import type { Suggestion } from '../components/not-found/not-found-page.tsx';
import { nearestIds } from '../engine/nearest.ts';
import type { Outline } from '../engine/outline.ts';
import type { PageData } from '../engine/page-data.ts';
import { paths } from '../engine/paths.ts';
import { NODE_ID, TRAIL_PARAM } from '../engine/trail.ts';
import type { DataSource } from './data.ts';

export type NotFoundData = { kind: 'question' | 'scenario' | 'page'; id: string; suggestions: Suggestion[] };

type Loader = (args: LoaderFunctionArgs) => Promise<PageData>;

/** A page whose path is fixed: the start page, the error index, search, the map. */
export const fixedLoader =
  (source: DataSource, path: string): Loader =>
  async () =>
    found(await source.page(path), source, 'page', path);

export const nodeLoader =
  (source: DataSource, kind: 'question' | 'scenario'): Loader =>
  async ({ params, request }) => {
    const id = params.id ?? '';
    // The answers in `?trail=` are shown with their questions' titles: fetch the outline alongside.
    const outline = hasTrail(request) ? source.outline() : null;
    const settled = outline?.catch(() => undefined); // a failed outline only hides the trail
    const page = NODE_ID.test(id) ? await source.page(paths[kind](id)) : null;
    if (page) {
      await settled;
      return page;
    }
    const tree = await (outline ?? source.outline());
    const other = Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
    if (other && other.kind !== kind) throw redirect(paths.node(other, id) + new URL(request.url).search);
    throw notFound(tree, kind, id);
  };

export const toolLoader =
  (source: DataSource): Loader =>
  async ({ params }) => {
    const name = TOOLS.find((t) => t === params.name);
    if (!name) throw notFound(await source.outline(), 'page', (params.name ?? '').slice(0, 100));
    return found(await source.page(paths.tool(name)), source, 'page', name);
  };

export const notFoundLoader =
  (source: DataSource) =>
  async ({ request }: LoaderFunctionArgs): Promise<never> => {
    const segment = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
    throw notFound(await source.outline(), 'page', safeDecode(segment).slice(0, 100));
  };

async function found(page: PageData | null, source: DataSource, kind: NotFoundData['kind'], id: string): Promise<PageData> {
  if (page) return page;
  throw notFound(await source.outline(), kind, id);
}

function notFound(tree: Outline, kind: NotFoundData['kind'], id: string) {
  const entries = Object.entries(tree.nodes);
  const pool = kind === 'page' ? entries : entries.filter(([, n]) => n.kind === kind);
  const suggestions = nearestIds(
    id,
    pool.map(([nodeId]) => nodeId),
  ).flatMap((nodeId) => {
    const node = tree.nodes[nodeId];
    return node ? [{ id: nodeId, kind: node.kind, title: node.title }] : [];
  });
  return data<NotFoundData>({ kind, id, suggestions }, { status: 404 });
}

const hasTrail = (request: Request) => Boolean(new URL(request.url).searchParams.get(TRAIL_PARAM));

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
