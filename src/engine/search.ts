// Typed search over the catalog (`/search?q=`): one document per node, with the error-index entries that
// lead to a node folded into it, so a node is one result however many of its symptoms match.
// Ranked by BM25 (MiniSearch) with per-field boosts. Typo tolerance has two parts:
// - words: MiniSearch's fuzzy match (edit distance up to 20% of the word) and prefix match, plus one
//   spelling normalisation applied to index and query alike (British -ise/-isation -> -ize/-ization).
// - codes (MD5101, 403, InvalidInput...): short tokens are where a fuzzy ratio fails (`MD5011` is two
//   Levenshtein edits from `md5101`), so code-shaped query terms are expanded to the catalog's codes
//   within an optimal-string-alignment distance (a swap of adjacent characters counts once), weighted
//   by distance, and searched exactly.
// This module is imported only by the /search route's lazy chunk, so MiniSearch never ships to other pages.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Catalog, CatalogNode } from '../catalog/schema.ts';
import { editDistance } from './nearest.ts';

export interface SearchHit {
  id: string;
  kind: CatalogNode['kind'];
  title: string;
  summary: string;
  /** The symptoms of the node that the query matched (codes, statuses, messages), for the result line. */
  matched: string[];
  score: number;
}

export interface CatalogSearch {
  search: (query: string, limit?: number) => SearchHit[];
}

/** Longest query the search looks at (anything longer is a paste, not a typed query). */
export const MAX_QUERY_LENGTH = 200;

interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  /** Codes, statuses and error names: MD5101, 403, invalid_grant, InvalidSignature. */
  codes: string;
  /** The error-index labels that lead here: the curated "what you see" lines. */
  entries: string;
  /** Messages and details as shown. */
  messages: string;
  /** Cause or help, steps, checklist, answers, index meanings. */
  text: string;
}

const FIELDS = ['title', 'codes', 'entries', 'messages', 'summary', 'text'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, codes: 4, entries: 3, messages: 2, summary: 1.5, text: 1 };

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have i in is it its my of on or that the this to was were with you your'.split(' '),
);

/**
 * Splits on anything but letters, digits and underscores: `x-amz-access-token` is four terms, while
 * `invalid_grant` and `unauthorized_client` stay whole, so the word `unauthorized` does not rank an
 * LWA error code as if it were the 403 `Unauthorized` (prefix search still finds them).
 */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}_]+/u).flatMap((t) => {
    const term = t.replace(/^_+|_+$/g, '');
    return term.length > 0 ? [term] : [];
  });
}

/** Lower-cases, drops stop words and one-letter words, and folds British -ise spellings into -ize. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (t.length < 2 || STOP_WORDS.has(t)) return null;
  return t.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
}

/** A term that names a code rather than a word: has a digit (md5101, 403, sigv4) or mixed case in the source. */
const isCodeTerm = (term: string) => /\d/.test(term);

/** Known codes within this distance of a code-shaped query term, with the weight each gets. */
function codeExpansions(term: string, vocabulary: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const exact = vocabulary.has(term);
  if (exact) found.set(term, 1);
  if (term.length < 4) return found; // `403` must not find `401`
  // A known code keeps only its one-edit neighbours, far below itself; an unknown one reaches two edits,
  // but only when no code is one edit away (the nearest codes win, however many lie further off).
  const allowed = exact ? 1 : term.length >= 6 ? 2 : 1;
  const near = new Map<string, number>();
  for (const code of vocabulary) {
    if (code === term || Math.abs(code.length - term.length) > allowed) continue;
    const distance = editDistance(term, code);
    if (distance <= allowed) near.set(code, distance);
  }
  const nearest = Math.min(...near.values());
  for (const [code, distance] of near) {
    if (exact) found.set(code, 0.15);
    else if (distance === nearest) found.set(code, distance === 1 ? 0.6 : 0.2);
  }
  return found;
}

/**
 * Codes typed with a space or hyphen inside (`md 1000`, `MD-5101`) are split by the tokenizer; a
 * letters-only term followed by a digits-only term is joined again when the letters begin a known code.
 */
function joinSplitCodes(terms: string[], prefixes: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    const next = terms[i + 1];
    if (next !== undefined && prefixes.has(term) && /^\d{2,6}$/.test(next)) {
      out.push(`${term}${next}`);
      i++;
    } else out.push(term);
  }
  return out;
}

const stripTicks = (s: string) => s.replace(/`/g, '');

/** The text a symptom shows: `403 Unauthorized: Access to requested resource is denied.` */
function symptomLabel(s: { status?: number; code?: string; message?: string; details?: string }): string {
  const head = [s.status === undefined ? '' : String(s.status), s.code ?? ''].filter(Boolean).join(' ');
  const body = s.message ?? (s.details ? s.details : '');
  return [head, body].filter(Boolean).join(': ');
}

interface DocSource {
  doc: SearchDoc;
  /** Short labels shown when they match: codes and symptom lines. */
  labels: string[];
}

function documents(catalog: Catalog): DocSource[] {
  const incoming = new Map<string, string[]>();
  for (const node of Object.values(catalog.nodes)) {
    if (node.kind !== 'question') continue;
    for (const a of node.answers) incoming.set(a.next, [...(incoming.get(a.next) ?? []), a.label, a.hint ?? '']);
  }
  return Object.entries(catalog.nodes).map(([id, node]) => {
    const codes: string[] = [];
    const entries: string[] = [];
    const messages: string[] = [];
    const text: string[] = [...(incoming.get(id) ?? [])];
    const labels: string[] = [];
    if (node.kind === 'scenario') {
      for (const s of node.symptoms) {
        if (s.status !== undefined) codes.push(String(s.status), `HTTP ${s.status}`);
        if (s.code) codes.push(s.code);
        if (s.message) messages.push(s.message);
        if (s.details) messages.push(s.details);
        if (s.note) text.push(s.note);
        const label = symptomLabel(s);
        if (label) labels.push(label);
      }
      text.push(node.cause, ...node.steps.map((s) => s.text), ...node.checklist.map((c) => c.text), ...node.confirm);
      text.push(...(node.notes ?? []).map((n) => n.text));
    } else {
      text.push(node.help, ...node.answers.flatMap((a) => [a.label, a.hint ?? '']));
    }
    for (const entry of catalog.index.filter((e) => e.to === id)) {
      entries.push(entry.label);
      text.push(entry.meaning);
      labels.push(entry.label);
    }
    const doc: SearchDoc = {
      id,
      title: stripTicks(node.title),
      summary: stripTicks(node.summary),
      // Each code once: a page that lists one status on three symptoms is not three times as relevant.
      codes: [...new Set(codes)].join(' \n '),
      entries: stripTicks(entries.join(' \n ')),
      messages: stripTicks(messages.join(' \n ')),
      text: stripTicks(text.filter(Boolean).join(' \n ')),
    };
    return { doc, labels: [...new Set(labels.map(stripTicks))] };
  });
}

/** Builds the index once per catalog; `search` then answers in well under a millisecond per query. */
export function createSearch(catalog: Catalog): CatalogSearch {
  const sources = documents(catalog);
  const labelsById = new Map(sources.map((s) => [s.doc.id, s.labels]));
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
  });
  mini.addAll(sources.map((s) => s.doc));

  // Codes, for the edit-distance expansion; identifiers with an underscore, for joining typed words.
  const vocabulary = new Set<string>();
  const compounds = new Set<string>();
  for (const { doc } of sources) {
    for (const token of tokenize(`${doc.codes} ${doc.entries}`)) {
      const term = processTerm(token);
      if (term && isCodeTerm(term)) vocabulary.add(term);
    }
    for (const token of tokenize(FIELDS.map((f) => doc[f]).join(' '))) {
      const term = processTerm(token);
      if (term?.includes('_')) compounds.add(term);
    }
  }

  // The letters that begin a known code (`md` of md5101, `sigv` of sigv4), for joining split codes.
  const codePrefixes = new Set<string>();
  for (const code of vocabulary) {
    const prefix = /^([a-z]{1,6})\d+$/.exec(code)?.[1];
    if (prefix) codePrefixes.add(prefix);
  }

  function search(raw: string, limit = 20): SearchHit[] {
    const query = raw.slice(0, MAX_QUERY_LENGTH);
    const terms = joinSplitCodes(
      tokenize(query).flatMap((t) => processTerm(t) ?? []),
      codePrefixes,
    );
    if (terms.length === 0) return [];
    // Code-shaped terms become the known codes near them; the weight of each is kept for boostTerm.
    const weights = new Map<string, number>();
    const groups: string[][] = [];
    for (const [i, term] of terms.entries()) {
      if (!isCodeTerm(term)) {
        // Two typed words that form a known identifier (`invalid grant`) also match it whole.
        const joined = [`${terms[i - 1] ?? ''}_${term}`, `${term}_${terms[i + 1] ?? ''}`].filter((t) => compounds.has(t));
        for (const t of joined) weights.set(t, 1.5);
        groups.push([term, ...joined]);
        continue;
      }
      const expansions = codeExpansions(term, vocabulary);
      if (expansions.size === 0) expansions.set(term, 1);
      for (const [code, weight] of expansions) weights.set(code, Math.max(weight, weights.get(code) ?? 0));
      groups.push([...expansions.keys()]);
    }
    const options = {
      boost: BOOST,
      prefix: (term: string) => !weights.has(term) && term.length >= 3,
      fuzzy: (term: string) => (weights.has(term) || term.length < 4 ? false : 0.2),
      maxFuzzy: 2,
      boostTerm: (term: string) => weights.get(term) ?? 1,
      weights: { fuzzy: 0.3, prefix: 0.4 },
    };
    // Every query term must match (a code term through any of its expansions); if that finds nothing,
    // any term may match. Results that match all terms always rank above those that match some.
    const all = mini.search({ combineWith: 'AND', queries: groups.map((g) => ({ combineWith: 'OR', queries: g })) }, options);
    const seen = new Set(all.map((r) => r.id as string));
    const some =
      groups.length > 1 ? mini.search({ combineWith: 'OR', queries: groups.flat() }, options).filter((r) => !seen.has(r.id as string)) : [];
    return [...all, ...some].slice(0, limit).flatMap((r) => toHit(r, catalog, labelsById));
  }

  return { search };
}

function toHit(result: SearchResult, catalog: Catalog, labelsById: ReadonlyMap<string, string[]>): SearchHit[] {
  const id = String(result.id);
  const node = catalog.nodes[id];
  if (!node) return [];
  const matchedTerms = new Set(result.terms);
  const matched = (labelsById.get(id) ?? []).filter((label) =>
    tokenize(label).some((t) => {
      const term = processTerm(t);
      return term !== null && matchedTerms.has(term);
    }),
  );
  // A symptom line and the index label inside it say the same thing: keep the longer.
  const distinct = matched.filter(
    (label, i) => !matched.some((other, j) => j !== i && other.length > label.length && other.includes(label)),
  );
  return [{ id, kind: node.kind, title: node.title, summary: node.summary, matched: distinct.slice(0, 3), score: result.score }];
}
