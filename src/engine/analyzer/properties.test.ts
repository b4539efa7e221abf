// The analyzer never throws and answers in bounded time, whatever it is given. The properties run the
// unguarded analyzeText(), so an exception inside it fails them; analyze() adds only the guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../catalog/load-file.ts';
import { analyze, analyzeText, MAX_ANALYZED, type Analysis } from './analyze.ts';
import { FIXTURES } from './fixtures.ts';

const catalog = loadCatalogFile();

/** Generous bounds: CI machines are slow and shared; the benchmark reports the real medians. */
const LARGE_BUDGET_MS = 3000;

function wellFormed(a: Analysis) {
  expect(Array.isArray(a.signals)).toBe(true);
  expect(Array.isArray(a.matches)).toBe(true);
  expect(a.matches.length).toBeLessThanOrEqual(6);
  for (const m of a.matches) {
    expect(catalog.nodes[m.id]?.kind).toBe(m.kind);
    expect(m.why.length).toBeGreaterThan(0);
    expect(Number.isFinite(m.score)).toBe(true);
  }
  if (a.outside) expect(catalog.outside?.some((o) => o.id === a.outside?.id)).toBe(true);
  const scores = a.matches.map((m) => m.score);
  expect(scores).toEqual([...scores].sort((x, y) => y - x));
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const result = f();
  return [result, performance.now() - t0];
}

/** Words that make rules fire, so random texts reach the scoring, not only the empty path. */
const VOCABULARY = [
  ...FIXTURES.flatMap((f) => f.text.split(/(\s+)/)).filter((w) => w.length > 0 && w.length < 80),
  '403',
  '429',
  'Unauthorized',
  'details',
  '""',
  ':',
  '{',
  '}',
  '[',
  ']',
  "'",
  '"',
  '\n',
  'works',
  'but',
  'NA',
  'EU',
  'MD5100',
  '#',
  '%23',
  '?',
  '&',
  '=',
];
const wordy = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 200 }).map((ws) => ws.join(' '));

describe('never throws', () => {
  it('on arbitrary strings (full unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (s) => {
        wellFormed(analyzeText(s, catalog));
      }),
      { numRuns: 1500 },
    );
  });

  it('on random mixes of real error fragments', () => {
    fc.assert(
      fc.property(wordy, (s) => {
        wellFormed(analyzeText(s, catalog));
      }),
      { numRuns: 1500 },
    );
  });

  it('on binary junk (any UTF-16 code unit, lone surrogates and NULs included)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 4000 }), (codes) => {
        wellFormed(analyzeText(String.fromCharCode(...codes), catalog));
      }),
      { numRuns: 1000 },
    );
  });

  it('on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol('x'), () => 'x', new Uint8Array(8)]) {
      expect(() => analyze(v, catalog)).not.toThrow();
      expect(analyze(v, catalog).matches).toEqual([]);
    }
  });

  it('on a catalog whose rules are odd (broken pattern, no rules, no outside list)', () => {
    const odd = structuredClone(catalog);
    delete odd.outside;
    const node = odd.nodes['access-denied'];
    if (node?.match) node.match.rules = [{ why: 'x', weight: 50, pattern: '(?<' }];
    fc.assert(
      fc.property(wordy, (s) => {
        expect(() => analyze(s, odd)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('bounded time', () => {
  it('1 MB of text: only the first 200 KB are read, and it says so', () => {
    const big = 'Access to requested resource is denied. 403 Unauthorized works but NA EU '.repeat(14_000).slice(0, 1_000_000);
    const [a, ms] = timed(() => analyzeText(big, catalog));
    expect(a.truncated).toBe(true);
    expect(a.matches.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(LARGE_BUDGET_MS);
    expect(MAX_ANALYZED).toBe(200_000);
  });

  it('1 MB of random bytes', () => {
    let seed = 42;
    const junk = Array.from({ length: 1_000_000 }, () =>
      String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2147483648) % 0xffff),
    ).join('');
    const [a, ms] = timed(() => analyzeText(junk, catalog));
    wellFormed(a);
    expect(ms).toBeLessThan(LARGE_BUDGET_MS);
  });

  it('deeply nested JSON (10 000 levels) is read without recursion', () => {
    const depth = 10_000;
    const nested = `${'{"errors":['.repeat(depth)}{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}${']}'.repeat(depth)}`;
    const [a, ms] = timed(() => analyzeText(nested, catalog));
    expect(a.matches[0]?.id).toBe('access-denied');
    expect(ms).toBeLessThan(LARGE_BUDGET_MS);
    const brackets = '['.repeat(100_000) + ']'.repeat(50_000);
    expect(() => analyzeText(brackets, catalog)).not.toThrow();
  });

  it.each([
    ['repeated quotes', '"'.repeat(200_000)],
    ['repeated keys', '"code":'.repeat(30_000)],
    ['an unclosed string after a key', `"message": "${'a'.repeat(190_000)}`],
    ['repeated hosts', 'sellingpartnerapi-na.amazon.com/'.repeat(6_000)],
    ['repeated region words', 'works in NA but not EU, '.repeat(8_000)],
    ['repeated secrets', 'refresh_token=Atzr|IwEBIJk9Zq3mQ7fLp2WcVb8X&'.repeat(4_000)],
    ['one very long line of word characters', 'a'.repeat(200_000)],
    ['many short lines', 'x\n'.repeat(100_000)],
    ['repeated consent URLs', 'https://sellercentral.amazon.com/apps/authorize/consent?application_id=x&'.repeat(2_500)],
  ])('adversarial input: %s', (_name, text) => {
    const [a, ms] = timed(() => analyzeText(text, catalog));
    wellFormed(a);
    expect(ms).toBeLessThan(LARGE_BUDGET_MS);
  });

  it('every catalog pattern stays fast on long adversarial text', () => {
    const texts = ['a '.repeat(50_000), 'works '.repeat(20_000), 'role account seller '.repeat(6_000), 'md1234 '.repeat(15_000)];
    for (const text of texts) {
      const [, ms] = timed(() => analyzeText(text, catalog));
      expect(ms).toBeLessThan(LARGE_BUDGET_MS);
    }
  });
});
