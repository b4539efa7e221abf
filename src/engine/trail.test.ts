import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../testing/fixture-catalog.json' with { type: 'json' };
import type { Catalog } from '../catalog/schema.ts';
import { encodeTrail, parseTrail, resolveTrail, type TrailStep } from './trail.ts';

const catalog = fixture as Catalog;

describe('trail encoding', () => {
  const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/, { size: 'small' });
  it('round-trips any list of well-formed steps', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ question: id, answer: id }), { maxLength: 30 }), (steps: TrailStep[]) => {
        expect(parseTrail(encodeTrail(steps))).toEqual(steps);
      }),
    );
  });

  it.each([
    ['', []],
    [null, []],
    ['denied.none', [{ question: 'denied', answer: 'none' }]],
    [
      'consent-code.other_denied.some',
      [
        { question: 'consent-code', answer: 'other' },
        { question: 'denied', answer: 'some' },
      ],
    ],
  ])('parses %j', (raw, expected) => {
    expect(parseTrail(raw)).toEqual(expected);
  });

  it.each([
    '<script>alert(1)</script>',
    'denied',
    'denied.none.extra',
    'Denied.none',
    'denied.none__x.y',
    '../../etc.passwd',
    'denied.%00',
    'a.b_'.repeat(40),
    'x'.repeat(5000),
  ])('rejects the hostile or malformed trail %j', (raw) => {
    expect(parseTrail(raw)).toBeNull();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (raw) => {
        const parsed = parseTrail(raw);
        expect(parsed === null || Array.isArray(parsed)).toBe(true);
        expect(resolveTrail(catalog, raw, 'roles').steps.length).toBeLessThanOrEqual(30);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('resolving a trail against the catalog', () => {
  it('keeps a trail that leads to the page', () => {
    const resolved = resolveTrail(catalog, 'consent-code.other_denied.some', 'roles');
    expect(resolved.dropped).toBe(false);
    expect(resolved.steps.map((s) => s.answerNode.label)).toEqual(['Something else', 'Some calls work']);
  });

  it.each([
    ['an answer that no longer exists', 'denied.gone', 'roles'],
    ['a question that no longer exists', 'asked-once.yes', 'roles'],
    ['a last answer that leads elsewhere', 'denied.none', 'roles'],
    ['steps that do not chain', 'consent-code.md1000_denied.some', 'roles'],
    ['a scenario used as a question', 'roles.role', 'region'],
    ['an inherited object key', 'constructor.none', 'roles'],
  ])('drops %s, and says so', (_name, raw, nodeId) => {
    expect(resolveTrail(catalog, raw, nodeId)).toEqual({ steps: [], dropped: true });
  });

  it('has nothing to drop without a trail', () => {
    expect(resolveTrail(catalog, null, 'roles')).toEqual({ steps: [], dropped: false });
  });
});
