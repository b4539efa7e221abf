import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../catalog/load-file.ts';
import type { Catalog } from '../catalog/schema.ts';
import { layoutMap, MAP_METRICS, mapOutline, mapTrail, START_ID, wrapText, type OutlineNode } from './map-layout.ts';

const catalog = loadCatalogFile();
const ids = Object.keys(catalog.nodes);

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutMap over the shipped catalog', () => {
  const map = layoutMap(catalog);

  it('positions every node once, inside the drawing, with no two boxes overlapping', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual([START_ID, ...ids].sort());
    for (const n of map.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(map.width + 0.5);
      expect(n.y + n.height).toBeLessThanOrEqual(map.height + 0.5);
    }
    for (const [i, a] of map.nodes.entries())
      for (const b of map.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('draws every answer as a labelled edge, and each start group from the start', () => {
    const expected = [
      ...catalog.start.map((g) => `${START_ID}.${g.where}`),
      ...Object.entries(catalog.nodes).flatMap(([id, n]) => (n.kind === 'question' ? n.answers.map((a) => `${id}.${a.id}`) : [])),
    ];
    expect(map.edges.map((e) => e.id).sort()).toEqual(expected.sort());
    for (const e of map.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      expect(e.labelLines.length).toBeGreaterThan(0);
      expect(e.label).not.toContain('`');
    }
  });

  it('is deterministic', () => {
    expect(layoutMap(structuredClone(catalog))).toEqual(map);
  });

  it('tells questions from scenarios and lists nodes in reading order', () => {
    for (const n of map.nodes) expect(n.kind).toBe(n.id === START_ID ? 'start' : catalog.nodes[n.id]?.kind);
    const xs = map.nodes.map((n) => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('lays out a small catalog too', () => {
    const small: Catalog = {
      ...catalog,
      start: [{ where: 'api-call', title: 'API', description: 'd', start: 'q' }],
      nodes: {
        q: {
          kind: 'question',
          title: 'Q?',
          summary: 's',
          where: 'api-call',
          help: 'h',
          answers: [
            { id: 'a', label: 'A', next: 's1' },
            { id: 'b', label: 'B', next: 's1' },
          ],
        },
        s1: catalog.nodes.md5101 as Catalog['nodes'][string],
      },
    };
    const m = layoutMap(small);
    expect(m.nodes).toHaveLength(3);
    expect(m.edges.map((e) => e.id).sort()).toEqual(['_start.api-call', 'q.a', 'q.b']);
  });
});

describe('wrapText', () => {
  it.each([
    ['short', 10, 2, ['short']],
    ['one two three four', 9, 3, ['one two', 'three', 'four']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['abcdefghijkl', 5, 3, ['abcde', 'fghij', 'kl']],
    ['one two three fours five', 9, 2, ['one two', 'three…']],
    ['region check (legacy request signing)', 14, 2, ['region check…']],
    ['a (b) c (d e) f g h', 8, 2, ['a (b) c', '(d e) f…']],
    ['ab cd (ef gh ij) kl', 7, 2, ['ab cd…']],
    ['aaaa bbbb cccc', 9, 1, ['aaaa…']],
  ])('wrapText(%j, %i, %i)', (text, max, lines, expected) => {
    expect(wrapText(text, max, lines)).toEqual(expected);
  });

  it('shows whole words from the start of every catalog title, with no open parenthesis', () => {
    for (const node of Object.values(catalog.nodes)) {
      const title = node.title.replace(/`/g, '');
      const shown = wrapText(title, MAP_METRICS.nodeChars, MAP_METRICS.nodeMaxLines).join(' ').replace(/…$/, '');
      expect(`${title} `.startsWith(`${shown} `), title).toBe(true);
      expect((shown.match(/\(/g) ?? []).length, title).toBe((shown.match(/\)/g) ?? []).length);
    }
  });
});

describe('mapOutline', () => {
  const outline = mapOutline(catalog);
  const all: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    all.push(n);
    for (const a of n.answers) walk(a.next);
  };
  for (const g of outline.groups) walk(g.root);
  for (const n of outline.others) walk(n);

  it('holds every node, and spells out each question once', () => {
    expect(new Set(all.map((n) => n.id))).toEqual(new Set(ids));
    const spelled = all.filter((n) => n.kind === 'question' && !n.repeat).map((n) => n.id);
    expect(spelled.sort()).toEqual(ids.filter((id) => catalog.nodes[id]?.kind === 'question').sort());
  });

  it('starts one group per start-page group', () => {
    expect(outline.groups.map((g) => g.root.id)).toEqual(catalog.start.map((g) => g.start));
  });
});

describe('mapTrail', () => {
  it('marks the questions, the answers taken and where they lead', () => {
    const trail = mapTrail(catalog, 'api-error.unauthorized-empty_access-denied.nothing-works');
    expect(trail).toMatchObject({
      nodes: ['api-error', 'access-denied', 'nothing-works'],
      edges: ['api-error.unauthorized-empty', 'access-denied.nothing-works'],
      current: 'nothing-works',
      dropped: false,
    });
  });

  it.each([
    [null, false],
    ['', false],
    ['not a trail!', true],
    ['api-error.no-such-answer', true],
    ['api-error.unauthorized-empty_token-error.http-500', true],
  ])('%j marks nothing (dropped: %s)', (raw, dropped) => {
    const trail = mapTrail(catalog, raw);
    expect(trail.nodes).toEqual([]);
    expect(trail.dropped).toBe(dropped);
  });
});
