// How a labelled paste is judged: take the first entry of the Matches list.
// scenario: right if it is an accepted scenario (strict), or a question from which one is reachable
// within MAX_CLICKS clicks (lenient). ask: right if it is a question or an accepted scenario.
// not-auth: right if no authorization node comes first.
import type { Catalog } from '../../catalog/schema.ts';
import type { Analysis } from './analyze.ts';

export type CaseKind = 'scenario' | 'ask' | 'not-auth';

export interface EvalCase {
  id: string;
  input: string;
  kind: CaseKind;
  accept: string[];
}

export interface Verdict {
  /** Right with the best answer first (an accepted scenario for scenario cases). */
  strict: boolean;
  /** Right as the README counts it (a question on the way also counts for scenario cases). */
  lenient: boolean;
  /** What came first: "scenario/x", "question/y", "outside/z" or "nothing". */
  got: string;
}

export const MAX_CLICKS = 3;

export function firstEntry(analysis: Analysis): { kind: 'scenario' | 'question' | 'outside' | 'nothing'; id: string } {
  if (analysis.outside) return { kind: 'outside', id: analysis.outside.id };
  const m = analysis.matches[0];
  return m ? { kind: m.kind, id: m.id } : { kind: 'nothing', id: '' };
}

/** Nodes reachable from `from` by following at most `clicks` answers. */
export function reachable(catalog: Catalog, from: string, clicks: number): Set<string> {
  const seen = new Set<string>([from]);
  let frontier = [from];
  for (let depth = 0; depth < clicks; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const node = catalog.nodes[id];
      if (node?.kind !== 'question') continue;
      for (const a of node.answers) {
        if (!seen.has(a.next)) {
          seen.add(a.next);
          next.push(a.next);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export function judge(c: EvalCase, analysis: Analysis, catalog: Catalog): Verdict {
  const first = firstEntry(analysis);
  const got = first.kind === 'nothing' ? 'nothing' : `${first.kind}/${first.id}`;
  const accepted = new Set(c.accept);
  if (c.kind === 'not-auth') {
    const ok = first.kind === 'outside' || first.kind === 'nothing';
    return { strict: ok, lenient: ok, got };
  }
  if (c.kind === 'ask') {
    const ok = first.kind === 'question' || (first.kind === 'scenario' && accepted.has(first.id));
    return { strict: ok, lenient: ok, got };
  }
  const strict = first.kind === 'scenario' && accepted.has(first.id);
  const lenient = strict || (first.kind === 'question' && [...reachable(catalog, first.id, MAX_CLICKS)].some((id) => accepted.has(id)));
  return { strict, lenient, got };
}
