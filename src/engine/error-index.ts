// The error index: every symptom the catalog knows, grouped by where it appears, each with its meaning
// and the pages it leads to. Computed at build time; the errors page shows and filters it.
import type { Catalog, Symptom, Where } from '../catalog/schema.ts';
import { WHERE_NAMES } from './labels.ts';
import { nodeRef, type NodeRef } from './page-data.ts';

/** One line of the index: what the reader sees, what it means, and where to go. */
export interface ErrorRow {
  /** Anchor id, stable for a label: `#md5101`. */
  anchor: string;
  label: string;
  where: Where;
  meaning: string;
  /** HTTP statuses this symptom comes with, from the scenarios' symptoms. */
  statuses: number[];
  targets: NodeRef[];
}

/** Every place a symptom can appear (the keys of WHERE_NAMES: importing the schema's list would ship zod). */
const WHERE_IDS = Object.keys(WHERE_NAMES) as Where[];

export const norm = (s: string) => s.toLowerCase().replace(/`/g, '').replace(/\s+/g, ' ').trim();
const slug = (s: string) =>
  norm(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'entry';

/** The parts of a symptom a reader would look up; a symptom is in the index when one of them is. */
function symptomKeys(s: Symptom): string[] {
  const keys = [s.code, s.message, s.details].filter((k): k is string => Boolean(k)).map(norm);
  if (keys.length === 0 && s.status !== undefined) keys.push(String(s.status));
  return keys;
}

/** A label for a symptom the curated index lacks: `400 InvalidInput: Invalid request parameters`. */
function symptomLabel(s: Symptom): string {
  const head = [s.status === undefined ? '' : String(s.status), s.code ?? ''].filter(Boolean).join(' ');
  const body = s.message ?? s.details ?? '';
  return [head, body].filter(Boolean).join(': ');
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * Every symptom, grouped by where it appears: the catalog's curated index first, then any symptom of a
 * scenario that no index entry covers (same place, same code or message), so nothing a scenario lists
 * is missing. Rows with the same label in the same place are merged, listing every page they lead to.
 */
function errorRows(catalog: Catalog): ErrorRow[] {
  const rows: ErrorRow[] = [];
  const byKey = new Map<string, ErrorRow>();
  // Entry anchors never take an id the page already uses (the group headings, the main landmark).
  const anchors = new Set<string>([...WHERE_IDS, 'main', 'page-heading']);
  const anchorFor = (label: string) => {
    const base = slug(label);
    let anchor = base;
    for (let i = 2; anchors.has(anchor); i++) anchor = `${base}-${i}`;
    anchors.add(anchor);
    return anchor;
  };
  const add = (where: Where, label: string, meaning: string, id: string) => {
    const target = nodeRef(catalog, id);
    if (!target) return;
    const key = `${where}|${norm(label)}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.targets.some((t) => t.id === id)) existing.targets.push(target);
      return;
    }
    const row: ErrorRow = { anchor: anchorFor(label), label, where, meaning, statuses: [], targets: [target] };
    byKey.set(key, row);
    rows.push(row);
  };

  for (const entry of catalog.index) add(entry.where, entry.label, entry.meaning, entry.to);

  const scenarios = Object.entries(catalog.nodes).flatMap(([id, n]) => (n.kind === 'scenario' ? [{ id, scenario: n }] : []));
  const curated = [...rows];
  const covered = (where: Where, keys: string[]) => curated.some((r) => r.where === where && keys.some((k) => norm(r.label).includes(k)));
  for (const { id, scenario } of scenarios) {
    for (const s of scenario.symptoms) {
      const keys = symptomKeys(s);
      if (keys.length === 0 || covered(s.where, keys)) continue;
      add(s.where, symptomLabel(s), s.note ? firstSentence(s.note) : scenario.summary, id);
    }
  }

  // Statuses: from every scenario symptom in the same place whose code or message the row's label names.
  for (const row of rows) {
    const label = norm(row.label);
    const statuses = new Set<number>();
    const leading = /^(?:http )?(\d{3})\b/.exec(label)?.[1];
    if (leading) statuses.add(Number(leading));
    for (const { scenario } of scenarios) {
      for (const s of scenario.symptoms) {
        if (s.where !== row.where || s.status === undefined) continue;
        if ([s.code, s.message, s.details].some((k) => k && label.includes(norm(k)))) statuses.add(s.status);
      }
    }
    row.statuses = [...statuses].sort((a, b) => a - b);
  }
  return rows;
}

export interface ErrorIndex {
  rows: ErrorRow[];
  /** The groups in the order shown: the start page's first, then every other place. */
  groups: Array<{ where: Where; start: NodeRef | null }>;
}

export function errorIndex(catalog: Catalog): ErrorIndex {
  const order = [...new Set<Where>([...catalog.start.map((g) => g.where), ...WHERE_IDS])];
  const groups = order.map((where) => {
    const group = catalog.start.find((g) => g.where === where);
    return { where, start: group ? nodeRef(catalog, group.start) : null };
  });
  return { rows: errorRows(catalog), groups };
}

/** The rows whose label, meaning, statuses or target titles hold every word of the filter. */
export function filterRows(rows: ErrorRow[], filter: string): ErrorRow[] {
  const words = norm(filter).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const hay = norm([row.label, row.meaning, ...row.statuses.map(String), ...row.targets.map((t) => t.title)].join(' '));
    return words.every((w) => hay.includes(w));
  });
}
