// Finding an operation in the models: by name (with a model or version hint), by method and path
// template, and the nearest names for a typo. The index is built once per data object.
import { editDistance } from '../nearest.ts';
import type { ModelEntry, ModelOperation, ModelsData } from './types.ts';

export interface Located {
  model: ModelEntry;
  operation: ModelOperation;
}

export interface OperationIndex {
  data: ModelsData;
  /** Lower-case operationId -> every model declaring it. */
  byName: Map<string, Located[]>;
  /** operationIds as spelt, each once. */
  names: string[];
  /** Every operation with its path split into segments. */
  all: Array<Located & { segments: string[] }>;
}

const cache = new WeakMap<ModelsData, OperationIndex>();

export function buildIndex(data: ModelsData): OperationIndex {
  const known = cache.get(data);
  if (known) return known;
  const byName = new Map<string, Located[]>();
  const names = new Set<string>();
  const all: OperationIndex['all'] = [];
  for (const model of data.models) {
    for (const operation of model.operations) {
      const key = operation.id.toLowerCase();
      const list = byName.get(key) ?? [];
      list.push({ model, operation });
      byName.set(key, list);
      names.add(operation.id);
      all.push({ model, operation, segments: operation.path.split('/').filter(Boolean) });
    }
  }
  const index = { data, byName, names: [...names], all };
  cache.set(data, index);
  return index;
}

/** vN versions before dated ones; later first. */
function versionRank(version: string): number {
  const dated = /^(\d{4})-(\d{2})-(\d{2})$/.exec(version);
  if (dated) return 1000 + Number(dated[1]) * 10000 + Number(dated[2]) * 100 + Number(dated[3]);
  const v = /^v(\d+)$/i.exec(version);
  return v ? Number(v[1]) : 0;
}

export const isVendorPath = (path: string) => path.startsWith('/vendor/');

/** Whether the operation's name holds its API's name: getOrder in orders_2026-01-01, not in fulfillmentOutbound. */
function namesItsApi(l: Located): boolean {
  const api = (l.model.key.split(/[_-]|V\d/)[0] ?? '').toLowerCase().replace(/s$/, '');
  return api !== '' && l.operation.id.toLowerCase().includes(api);
}

/** Current before retired, own API first, not deprecated before deprecated, seller before vendor, newest first. */
export function preferred(a: Located, b: Located): number {
  const score = (l: Located) =>
    (l.model.retired ? 8 : 0) + (namesItsApi(l) ? 0 : 4) + (l.operation.deprecated ? 2 : 0) + (isVendorPath(l.operation.path) ? 1 : 0);
  return score(a) - score(b) || versionRank(b.model.version) - versionRank(a.model.version) || a.model.key.localeCompare(b.model.key);
}

/** The models declaring `name`, best first; a model key or version hint puts its match first. */
export function findByName(index: OperationIndex, name: string, hint?: { model?: string; version?: string }): Located[] {
  const found = [...(index.byName.get(name.toLowerCase()) ?? [])].sort(preferred);
  const wanted = (l: Located) =>
    (hint?.model !== undefined && l.model.key.toLowerCase() === hint.model.toLowerCase()) ||
    (hint?.version !== undefined && l.model.version.toLowerCase() === hint.version.toLowerCase());
  const first = found.filter(wanted);
  return [...first, ...found.filter((l) => !wanted(l))];
}

export interface PathMatch {
  /** Operations whose template matches the path, best first (more literal segments first). */
  matches: Located[];
  /** Matches of the path with another method, when none has the method asked for. */
  otherMethods: Located[];
}

export function findByPath(index: OperationIndex, path: string, method?: string): PathMatch {
  const segments = path.split('/').filter(Boolean);
  const scored: Array<{ l: Located; literal: number }> = [];
  for (const entry of index.all) {
    if (entry.segments.length !== segments.length) continue;
    let literal = 0;
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const t = entry.segments[i] ?? '';
      const s = segments[i] ?? '';
      if (t.startsWith('{') && t.endsWith('}')) continue;
      if (t === s || t.toLowerCase() === s.toLowerCase()) literal++;
      else ok = false;
    }
    if (ok) scored.push({ l: entry, literal });
  }
  scored.sort((a, b) => b.literal - a.literal || preferred(a.l, b.l));
  const best = scored.length > 0 ? (scored[0]?.literal ?? 0) : 0;
  const top = scored.filter((s) => s.literal === best).map((s) => s.l);
  if (!method) return { matches: top, otherMethods: [] };
  const same = top.filter((l) => l.operation.method === method);
  return same.length > 0 ? { matches: same, otherMethods: [] } : { matches: [], otherMethods: top };
}

/** Up to `limit` operation names near `wanted` (case-insensitive), nearest first. */
export function nearestNames(index: OperationIndex, wanted: string, limit = 3): string[] {
  const needle = wanted.toLowerCase().slice(0, 100);
  if (needle.length < 3) return [];
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of index.names) {
    const lower = name.toLowerCase();
    if (Math.abs(lower.length - needle.length) > Math.max(3, needle.length / 2)) {
      if (!lower.includes(needle)) continue;
    }
    const distance = editDistance(needle, lower);
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, lower.length) / 4));
    const contains = needle.length >= 5 && lower.includes(needle);
    if (distance <= allowed || contains) scored.push({ name, score: contains ? Math.min(distance, 2) : distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}
