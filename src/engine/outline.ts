// The decision tree without its content. The map draws it; a trail is checked against it; an unknown id
// gets its nearest matches from it. It is one small JSON file the browser fetches only when one of those
// needs it.
import type { Catalog, StartGroup } from '../catalog/schema.ts';

/** A question as the tree needs it: its title and where each answer leads. */
export interface OutlineQuestion {
  kind: 'question';
  title: string;
  answers: Array<{ id: string; label: string; next: string }>;
}

/**
 * The decision tree without its content: every node's kind and title, and each question's answers.
 * Enough to check a trail, draw the map and suggest the nearest ids for an unknown one.
 */
export interface Outline {
  start: StartGroup[];
  nodes: Record<string, OutlineQuestion | { kind: 'scenario'; title: string }>;
}

export function outline(catalog: Catalog): Outline {
  const nodes: Outline['nodes'] = {};
  for (const [id, node] of Object.entries(catalog.nodes)) {
    nodes[id] =
      node.kind === 'question'
        ? { kind: 'question', title: node.title, answers: node.answers.map((a) => ({ id: a.id, label: a.label, next: a.next })) }
        : { kind: 'scenario', title: node.title };
  }
  return { start: catalog.start, nodes };
}
