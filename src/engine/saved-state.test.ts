import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChecklist, parseConsole, serialiseChecklist, serialiseConsole } from './saved-state.ts';

describe('saved reader state', () => {
  it('round-trips a console choice and checklist ticks', () => {
    expect(parseConsole(serialiseConsole('vendor-central'))).toBe('vendor-central');
    expect([...parseChecklist(serialiseChecklist(['b', 'a']))]).toEqual(['a', 'b']);
  });

  it.each([
    ['nothing saved', null],
    ['truncated JSON', '{"v":1,"ticked":'],
    ['an older version', '{"v":0,"ticked":["a"],"console":"seller-central"}'],
    ['a newer version', '{"v":2,"ticked":["a"],"console":"seller-central"}'],
    ['the wrong shape', '["a","b"]'],
    ['ticks that are not strings', '{"v":1,"ticked":[1,{"x":2},null]}'],
    ['a console that does not exist', '{"v":1,"console":"developer-central"}'],
    ['a prototype-pollution attempt', '{"__proto__":{"v":1},"constructor":{"prototype":{"v":1}}}'],
  ])('reads %s as nothing saved', (_name, raw) => {
    expect(parseConsole(raw)).toBe('all');
    expect(parseChecklist(raw).size).toBe(0);
  });

  it('never throws on any stored string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (raw) => {
        expect(['all', 'seller-central', 'solution-provider-portal', 'vendor-central']).toContain(parseConsole(raw));
        expect(parseChecklist(raw)).toBeInstanceOf(Set);
      }),
      { numRuns: 3000 },
    );
  });
});
