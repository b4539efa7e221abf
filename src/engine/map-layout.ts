// The decision tree as a diagram (`/map`): positions every node and answer of the catalog with dagre, and
// builds the same tree as a nested outline. Pure and deterministic (same catalog, same numbers), so the
// prerendered SVG and the hydrated one agree. Imported only by the /map route's lazy chunk.
import { graphlib, layout } from '@dagrejs/dagre';
import type { Where } from '../catalog/schema.ts';
import type { Outline } from './outline.ts';
import { parseTrail, resolveTrail, type TrailStep } from './trail.ts';

/** Id of the synthetic root, where the start page's groups begin. Not a valid node id, so it cannot clash. */
export const START_ID = '_start';

export interface Point {
  x: number;
  y: number;
}

export interface MapNode {
  id: string;
  kind: Outline['nodes'][string]['kind'] | 'start';
  title: string;
  /** The title wrapped to the box. */
  lines: string[];
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  /** `question.answer`, as in a trail; `_start.where` for the start groups. */
  id: string;
  from: string;
  to: string;
  /** The answer as written (backticks removed). */
  label: string;
  /** The label wrapped for the diagram. */
  labelLines: string[];
  /** The label's box, top-left corner and size. */
  labelBox: { x: number; y: number; width: number; height: number };
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  /** In reading order: column by column, top to bottom. */
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Sizes for the layout; the stylesheet draws node text at 13px and labels at 11px to match. */
export const MAP_METRICS = {
  nodeChars: 30,
  nodeMaxLines: 4,
  nodeCharWidth: 7.1,
  nodeLineHeight: 17,
  nodePadX: 12,
  nodePadY: 10,
  /** The small "Question" / "Fix" line above the title. */
  kindLineHeight: 14,
  labelChars: 26,
  labelMaxLines: 3,
  labelCharWidth: 6,
  labelLineHeight: 14,
  labelPad: 4,
} as const;

const plain = (text: string) => text.replace(/`/g, '');

/**
 * Greedy word wrap to `max` characters a line, at most `maxLines` lines, the last cut with an ellipsis.
 * A cut text keeps whole words and never ends inside an open parenthesis, so what shows is always a
 * word-for-word start of the text (a link's accessible name, which holds the whole text, contains it).
 */
export function wrapText(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > max ? (word.match(new RegExp(`.{1,${max}}`, 'g')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (line && line.length + 1 + piece.length > max) {
        lines.push(line);
        line = piece;
      } else {
        line = line ? `${line} ${piece}` : piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  if (last.length >= max) {
    // No room for the ellipsis: drop the last word rather than cut it.
    const space = last.lastIndexOf(' ');
    kept[maxLines - 1] = space > 0 ? last.slice(0, space) : last.slice(0, max - 1);
  }
  const closed = withoutOpenParenthesis(kept);
  const shown = closed.length > 0 ? closed : kept;
  shown[shown.length - 1] = `${shown[shown.length - 1] ?? ''}…`;
  return shown;
}

/** The lines cut before the first parenthesis that is not closed within them. */
function withoutOpenParenthesis(lines: string[]): string[] {
  const open: Array<[number, number]> = [];
  lines.forEach((line, i) => {
    for (let j = 0; j < line.length; j++) {
      if (line[j] === '(') open.push([i, j]);
      else if (line[j] === ')') open.pop();
    }
  });
  const first = open[0];
  if (!first) return [...lines];
  const [i, j] = first;
  const rest = (lines[i] ?? '').slice(0, j).trimEnd();
  return rest ? [...lines.slice(0, i), rest] : lines.slice(0, i);
}

interface NodeLabel {
  width: number;
  height: number;
  x?: number;
  y?: number;
}
interface EdgeLabel {
  width: number;
  height: number;
  labelpos: 'c';
  x?: number;
  y?: number;
  points?: Point[];
}

interface PendingEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  labelLines: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the whole tree, left to right: the start, then each question's answers, then where they lead. */
export function layoutMap(catalog: Outline, startTitle = 'Start'): MapLayout {
  const m = MAP_METRICS;
  const g = new graphlib.Graph<Record<string, unknown>, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'LR', ranker: 'longest-path', nodesep: 14, edgesep: 8, ranksep: 36, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({ width: 0, height: 0, labelpos: 'c' }));

  const sized = new Map<string, Omit<MapNode, 'x' | 'y'>>();
  const addNode = (id: string, kind: MapNode['kind'], title: string) => {
    const lines = wrapText(plain(title), m.nodeChars, m.nodeMaxLines);
    const longest = Math.max(...lines.map((l) => l.length), 8);
    const width = Math.ceil(longest * m.nodeCharWidth + 2 * m.nodePadX);
    const height = lines.length * m.nodeLineHeight + m.kindLineHeight + 2 * m.nodePadY;
    sized.set(id, { id, kind, title: plain(title), lines, width, height });
    g.setNode(id, { width, height });
  };

  // Nodes go in in the order a reader meets them (depth first from the start groups); dagre's ordering
  // starts from insertion order, so this keeps each question's answers together and crossings down.
  addNode(START_ID, 'start', startTitle);
  const visit = (id: string) => {
    const node = Object.hasOwn(catalog.nodes, id) ? catalog.nodes[id] : undefined;
    if (!node || sized.has(id)) return;
    addNode(id, node.kind, node.title);
    if (node.kind === 'question') for (const a of node.answers) visit(a.next);
  };
  for (const group of catalog.start) visit(group.start);
  for (const id of Object.keys(catalog.nodes)) visit(id);

  const pending: PendingEdge[] = [];
  const addEdge = (id: string, from: string, to: string, label: string) => {
    if (!sized.has(to)) return;
    const text = plain(label);
    const labelLines = wrapText(text, m.labelChars, m.labelMaxLines);
    const longest = Math.max(...labelLines.map((l) => l.length), 1);
    g.setEdge(
      from,
      to,
      {
        width: Math.ceil(longest * m.labelCharWidth + 2 * m.labelPad),
        height: labelLines.length * m.labelLineHeight + 2 * m.labelPad,
        labelpos: 'c',
      },
      id,
    );
    pending.push({ id, from, to, label: text, labelLines });
  };

  for (const group of catalog.start) addEdge(`${START_ID}.${group.where}`, START_ID, group.start, group.title);
  for (const id of sized.keys()) {
    const node = catalog.nodes[id];
    if (node?.kind !== 'question') continue;
    for (const answer of node.answers) addEdge(`${id}.${answer.id}`, id, answer.next, answer.label);
  }

  layout(g);

  const nodes: MapNode[] = [...sized.values()].map((n) => {
    const placed = g.node(n.id);
    return { ...n, x: round((placed.x ?? 0) - n.width / 2), y: round((placed.y ?? 0) - n.height / 2) };
  });
  nodes.sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id));

  const edges: MapEdge[] = pending.map((e) => {
    const placed = g.edge({ v: e.from, w: e.to, name: e.id });
    const width = placed.width;
    const height = placed.height;
    return {
      ...e,
      points: (placed.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
      labelBox: { x: round((placed.x ?? 0) - width / 2), y: round((placed.y ?? 0) - height / 2), width, height },
    };
  });

  const graph = g.graph();
  const width = typeof graph.width === 'number' ? Math.ceil(graph.width) : 0;
  const height = typeof graph.height === 'number' ? Math.ceil(graph.height) : 0;
  return { width, height, nodes, edges };
}

/** What a `?trail=` marks on the map. */
export interface MapTrail {
  /** Node ids on the trail, from the first question to where the trail ends. */
  nodes: string[];
  /** Edge ids (`question.answer`) taken. */
  edges: string[];
  /** Where the trail ends: the page the reader came from. */
  current: string | null;
  /** The steps, for links back to each page with the answers before it. */
  steps: TrailStep[];
  /** The URL had a trail that no longer fits the catalog. */
  dropped: boolean;
}

export const NO_TRAIL: MapTrail = { nodes: [], edges: [], current: null, steps: [], dropped: false };

/** Reads a trail for the map. Unlike a page, the map has no node id of its own: the trail ends where its last answer leads. */
export function mapTrail(catalog: Outline, raw: string | null | undefined): MapTrail {
  const parsed = parseTrail(raw);
  if (parsed === null) return { ...NO_TRAIL, dropped: true };
  const last = parsed.at(-1);
  if (!last) return NO_TRAIL;
  const question = Object.hasOwn(catalog.nodes, last.question) ? catalog.nodes[last.question] : undefined;
  const end = question?.kind === 'question' ? question.answers.find((a) => a.id === last.answer)?.next : undefined;
  if (!end) return { ...NO_TRAIL, dropped: true };
  const resolved = resolveTrail(catalog, raw, end);
  if (resolved.dropped) return { ...NO_TRAIL, dropped: true };
  const steps = resolved.steps.map(({ question: q, answer }) => ({ question: q, answer }));
  return {
    nodes: [...steps.map((s) => s.question), end],
    edges: steps.map((s) => `${s.question}.${s.answer}`),
    current: end,
    steps,
    dropped: false,
  };
}

/** One line of the outline: a node, and for a question the answers under it. */
export interface OutlineNode {
  id: string;
  kind: Outline['nodes'][string]['kind'];
  title: string;
  /** Set for a question already spelled out higher up: the outline links to it instead of repeating it. */
  repeat: boolean;
  answers: OutlineAnswer[];
}

export interface OutlineAnswer {
  /** Edge id, `question.answer`. */
  id: string;
  label: string;
  next: OutlineNode;
}

export interface OutlineGroup {
  where: Where;
  title: string;
  root: OutlineNode;
}

export interface MapOutline {
  groups: OutlineGroup[];
  /** Nodes no start group reaches (none in a valid catalog; listed so none is ever missing). */
  others: OutlineNode[];
}

/** The tree as nested lists: each start group, its first question, each answer and the node it leads to. */
export function mapOutline(catalog: Outline): MapOutline {
  const expanded = new Set<string>();
  const build = (id: string): OutlineNode | null => {
    const node = Object.hasOwn(catalog.nodes, id) ? catalog.nodes[id] : undefined;
    if (!node) return null;
    const base = { id, kind: node.kind, title: plain(node.title) };
    if (node.kind !== 'question') return { ...base, repeat: false, answers: [] };
    if (expanded.has(id)) return { ...base, repeat: true, answers: [] };
    expanded.add(id);
    const answers = node.answers.flatMap((a) => {
      const next = build(a.next);
      return next ? [{ id: `${id}.${a.id}`, label: plain(a.label), next }] : [];
    });
    return { ...base, repeat: false, answers };
  };
  const groups = catalog.start.flatMap((group) => {
    const root = build(group.start);
    return root ? [{ where: group.where, title: group.title, root }] : [];
  });
  const seen = new Set<string>();
  const walk = (n: OutlineNode) => {
    seen.add(n.id);
    for (const a of n.answers) walk(a.next);
  };
  for (const group of groups) walk(group.root);
  const others: OutlineNode[] = [];
  for (const id of Object.keys(catalog.nodes)) {
    if (seen.has(id)) continue;
    const node = build(id);
    if (node) {
      others.push(node);
      walk(node);
    }
  }
  return { groups, others };
}
