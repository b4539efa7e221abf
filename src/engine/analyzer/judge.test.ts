import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../catalog/load-file.ts';
import type { Analysis } from './analyze.ts';
import { judge, reachable, type EvalCase } from './judge.ts';

const catalog = loadCatalogFile();

const result = (first?: { kind: 'scenario' | 'question'; id: string }, outside?: string): Analysis => ({
  signals: [],
  secrets: { count: 0, kinds: [], maskedText: '' },
  ...(outside ? { outside: { id: outside, title: 't', advice: 'a', why: 'w', score: 90 } } : {}),
  matches: first ? [{ ...first, title: 't', score: 50, why: 'w' }] : [],
  recognised: true,
  truncated: false,
});
const c = (kind: EvalCase['kind'], accept: string[]): EvalCase => ({ id: 'x', input: '', kind, accept });

describe('judging a first match the way the eval README says', () => {
  it.each([
    ['scenario: accepted scenario first', c('scenario', ['md1000']), result({ kind: 'scenario', id: 'md1000' }), true, true],
    ['scenario: another scenario first', c('scenario', ['md1000']), result({ kind: 'scenario', id: 'md5101' }), false, false],
    [
      'scenario: a question on the way',
      c('scenario', ['unauthorized-app-roles']),
      result({ kind: 'question', id: 'access-denied' }),
      false,
      true,
    ],
    ['scenario: a question off the way', c('scenario', ['md1000']), result({ kind: 'question', id: 'access-denied' }), false, false],
    ['scenario: nothing', c('scenario', ['md1000']), result(), false, false],
    ['ask: any question', c('ask', ['md1000']), result({ kind: 'question', id: 'token-error' }), true, true],
    ['ask: an accepted scenario', c('ask', ['md1000']), result({ kind: 'scenario', id: 'md1000' }), true, true],
    ['ask: another scenario', c('ask', ['md1000']), result({ kind: 'scenario', id: 'md5101' }), false, false],
    ['not-auth: outside first', c('not-auth', []), result({ kind: 'scenario', id: 'md1000' }, 'quota-exceeded'), true, true],
    ['not-auth: nothing', c('not-auth', []), result(), true, true],
    ['not-auth: a question', c('not-auth', []), result({ kind: 'question', id: 'access-denied' }), false, false],
  ])('%s', (_name, evalCase, analysis, strict, lenient) => {
    const v = judge(evalCase, analysis, catalog);
    expect([v.strict, v.lenient]).toEqual([strict, lenient]);
  });

  it('counts clicks from a question', () => {
    expect(reachable(catalog, 'access-denied', 1).has('one-operation-fails')).toBe(true);
    expect(reachable(catalog, 'access-denied', 1).has('role-check')).toBe(false);
    expect(reachable(catalog, 'access-denied', 3).has('unauthorized-app-roles')).toBe(true);
  });
});
