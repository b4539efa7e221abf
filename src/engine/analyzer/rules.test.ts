// The catalog's match rules, checked the way the analyzer uses them: patterns compile, repeat only a
// bounded number of times (so no paste can make one backtrack for long), and the literal pre-check
// never hides a match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../catalog/load-file.ts';
import type { MatchRule } from '../../catalog/schema.ts';
import { FIXTURES } from './fixtures.ts';
import { requiredLiterals } from './literals.ts';

const catalog = loadCatalogFile();
const rules: Array<[string, MatchRule]> = [
  ...Object.entries(catalog.nodes).flatMap(([id, n]) => (n.match?.rules ?? []).map((r) => [id, r] as [string, MatchRule])),
  ...(catalog.outside ?? []).flatMap((o) => o.match.rules.map((r) => [`outside:${o.id}`, r] as [string, MatchRule])),
];
const patterns = rules.filter(([, r]) => r.pattern !== undefined).map(([id, r]) => [id, r.pattern as string] as const);

describe('catalog match rules', () => {
  it('there are rules, and each says why', () => {
    expect(rules.length).toBeGreaterThan(50);
    for (const [id, r] of rules) expect(r.why.trim().length, id).toBeGreaterThan(10);
  });

  it.each(patterns)('%s: pattern compiles and repeats only a bounded number of times: %s', (_id, pattern) => {
    expect(() => new RegExp(pattern, 'i')).not.toThrow();
    const withoutEscapes = pattern.replace(/\\./g, '');
    expect(withoutEscapes).not.toMatch(/[*+]|\{\d+,\}/);
  });

  it('most patterns get a literal pre-check', () => {
    const withLiterals = patterns.filter(([, p]) => requiredLiterals(p) !== undefined).length;
    expect(withLiterals / patterns.length).toBeGreaterThan(0.8);
  });
});

describe('required literals', () => {
  it.each([
    ['abc', ['abc']],
    ['a(bcd|efg)h', ['bcd', 'efg']],
    ['x\\s{0,20}foo', ['foo']],
    ['(foo)?bar', ['bar']],
    ['[a-z]{1,3}baz', ['baz']],
    ['(?<!x)hello', ['hello']],
    ['md-?1000', ['1000']],
    ['a.{0,40}bcd|xy', ['bcd', 'xy']],
    ['auth/o2/token\\?', ['auth/o2/token?']],
    ['\\bRole\\b', ['role']],
  ])('%s -> %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it.each(['ab?c', 'foo|b', '\\d{4}', '(?=abc)', '\\u0041bc', 'a|', '('])('%s has no usable literal', (pattern) => {
    expect(requiredLiterals(pattern)).toBeUndefined();
  });

  it('never hides a match: whenever a catalog pattern matches, the text holds one of its literals', () => {
    const words = [
      ...new Set([
        ...FIXTURES.flatMap((f) => f.text.toLowerCase().split(/(\W)/)),
        ...patterns.flatMap(([, p]) => requiredLiterals(p) ?? []),
      ]),
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const [, p] of patterns) {
          const literals = requiredLiterals(p);
          if (literals && new RegExp(p, 'i').test(t))
            expect(
              literals.some((l) => t.includes(l)),
              p,
            ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never hides a match on the fixtures', () => {
    for (const f of FIXTURES) {
      const t = f.text.toLowerCase();
      for (const [, p] of patterns) {
        const literals = requiredLiterals(p);
        if (literals && new RegExp(p, 'i').test(t))
          expect(
            literals.some((l) => t.includes(l)),
            `${p} on ${f.name}`,
          ).toBe(true);
      }
    }
  });
});
