import { describe, expect, it } from 'vitest';
import { attribute, compareGroups, decodeVlq, groupOf, groupsOf, UNMAPPED } from './composition.ts';

describe('decodeVlq', () => {
  it.each([
    ['AAAA', [0, 0, 0, 0]],
    ['CAAC', [1, 0, 0, 1]],
    ['D', [-1]],
    ['gB', [16]],
    ['2HwBAC', [123, 24, 0, 1]],
  ])('%s decodes to %j', (segment, fields) => {
    expect(decodeVlq(segment)).toEqual(fields);
  });
});

describe('groupOf', () => {
  it.each([
    ['../../node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['../../node_modules/@tanstack/query-core/build/modern/query.js', '@tanstack/query-core'],
    ['../../node_modules/.pnpm/x/node_modules/zod/v4/core/schemas.js', 'zod'],
    ['../../src/components/scenario/scenario-page.tsx', 'src/components/scenario'],
    ['../../src/engine/trail.ts', 'src/engine'],
    ['../../src/main.tsx', 'src/main.tsx'],
    ['../main.tsx', 'main.tsx'],
  ])('%s is in %s', (source, group) => {
    expect(groupOf(source)).toBe(group);
  });
});

describe('attribute', () => {
  it('gives each generated range to the source of the segment that starts it', () => {
    // "ab" from x, "cd" from y, then "ef" unmapped; second line "gh" from x.
    const pieces = attribute('abcdef\ngh', { sources: ['../node_modules/x/a.js', '../node_modules/y/b.js'], mappings: 'AAAA,ECAA,E;ADAA' });
    expect(pieces).toEqual([
      { group: 'x', text: 'ab' },
      { group: 'y', text: 'cd' },
      { group: UNMAPPED, text: 'ef\n' },
      { group: 'x', text: 'gh' },
    ]);
  });
});

describe('groupsOf', () => {
  it('measures each group by what leaving it out saves', () => {
    const big = 'function f(){return Math.random()*' + '1234567890'.repeat(3) + '}'.repeat(1);
    const { gzip, groups } = groupsOf([
      { group: 'a', text: big },
      { group: 'b', text: 'x' },
    ]);
    expect(groups.map((g) => g.name)).toEqual(['a', 'b']);
    expect(groups[0]?.bytes).toBe(big.length);
    expect(groups[0]?.gzip).toBeGreaterThan(0);
    expect(groups[0]?.gzip).toBeLessThan(gzip);
  });
});

describe('compareGroups', () => {
  it('lists what the app adds over the baseline first', () => {
    const app = { file: 'a.js', bytes: 30, gzip: 30, groups: [{ name: 'react', bytes: 10, gzip: 10 }, { name: 'zod', bytes: 20, gzip: 20 }] };
    const base = { file: 'b.js', bytes: 11, gzip: 11, groups: [{ name: 'react', bytes: 11, gzip: 11 }] };
    expect(compareGroups(app, base).map((d) => [d.name, d.appGzip - d.baselineGzip])).toEqual([
      ['zod', 20],
      ['react', -1],
    ]);
  });
});
