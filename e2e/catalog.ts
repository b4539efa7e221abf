// The shipped catalog, read the way the app's build reads it, and the click paths through it.
import { loadCatalogFile } from '../src/catalog/load-file.ts';
import type { Catalog } from '../src/catalog/schema.ts';

export const catalog: Catalog = loadCatalogFile();

/** One click: on the start page (inside a group) or on a question page (an answer). */
export type Click =
  | { on: 'start'; group: string; link: 'featured'; label: string; to: string }
  | { on: 'start'; group: string; link: 'start'; to: string }
  | { on: 'question'; question: string; answer: string; label: string; to: string };

/** The shortest sequence of clicks from `/` to each node (breadth-first over the links a reader sees). */
export function shortestClicks(): Map<string, Click[]> {
  const best = new Map<string, Click[]>();
  const queue: string[] = [];
  const visit = (to: string, clicks: Click[]) => {
    if (best.has(to)) return;
    best.set(to, clicks);
    queue.push(to);
  };
  for (const group of catalog.start) {
    for (const entry of catalog.index.filter((e) => e.where === group.where && e.featured)) {
      visit(entry.to, [{ on: 'start', group: group.title, link: 'featured', label: entry.label, to: entry.to }]);
    }
  }
  for (const group of catalog.start) visit(group.start, [{ on: 'start', group: group.title, link: 'start', to: group.start }]);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = catalog.nodes[id];
    if (node?.kind !== 'question') continue;
    for (const a of node.answers) {
      visit(a.next, [...(best.get(id) ?? []), { on: 'question', question: id, answer: a.id, label: a.label, to: a.next }]);
    }
  }
  return best;
}

/** Catalog text as the page shows it: backticks become <code>, so they are not in the text. */
export const shown = (text: string) => text.replace(/`/g, '');
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
