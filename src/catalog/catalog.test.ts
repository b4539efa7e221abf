// The shipped catalog: schema, integrity, the public ids from the product design, and completeness.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, SCHEMA_FILE } from './json-schema.ts';
import { CATALOG_FILE, loadCatalogFile } from './load-file.ts';
import { validateCatalog } from './validate.ts';
import { BEYOND, REPORTED, SEED } from '../testing/public-ids.ts';

const catalog = loadCatalogFile();
const scenarios = Object.entries(catalog.nodes).flatMap(([id, n]) => (n.kind === 'scenario' ? [[id, n] as const] : []));

/** Fewest clicks from the start page to each node: a featured index entry or a group's first question, then answers. */
function clicksFromStart(): Map<string, number> {
  const depth = new Map<string, number>();
  const queue: string[] = [];
  const visit = (id: string, d: number) => {
    if (depth.has(id)) return;
    depth.set(id, d);
    queue.push(id);
  };
  for (const entry of catalog.index) if (entry.featured) visit(entry.to, 1);
  for (const group of catalog.start) visit(group.start, 1);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = catalog.nodes[id];
    if (node?.kind === 'question') for (const a of node.answers) visit(a.next, (depth.get(id) ?? 0) + 1);
  }
  return depth;
}

describe('the shipped catalog', () => {
  it('passes the schema and every integrity check', () => {
    const result = validateCatalog(JSON.parse(readFileSync(CATALOG_FILE, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(Object.keys(catalog.nodes).length).toBeGreaterThan(27);
  });

  it.each([...SEED, ...BEYOND, ...REPORTED])('has the scenario %s', (id) => {
    expect(catalog.nodes[id]?.kind).toBe('scenario');
  });

  it('reaches every scenario from the start page by answering questions: the seed rows in 5 clicks, the rest in 6', () => {
    const depth = clicksFromStart();
    for (const [id] of scenarios) expect(depth.get(id) ?? Infinity, id).toBeLessThanOrEqual(SEED.includes(id) ? 5 : 6);
  });

  it('routes MD9000 through a question whose answers cover its reported causes', () => {
    const q = catalog.nodes['md9000-cause'];
    expect(q?.kind).toBe('question');
    const targets = q?.kind === 'question' ? q.answers.map((a) => a.next) : [];
    expect(targets).toEqual(expect.arrayContaining(['authorize-new-developer-form', 'md1000', 'md9100']));
    for (const wording of [
      'This Developer is not currently eligible for new authorizations.',
      'This developer is currently not eligible to receive new authorizations.',
    ]) {
      expect(catalog.index.find((e) => e.label.includes(wording))?.to, wording).toBe('md9000-cause');
    }
  });

  it.each(['authorize-new-developer-form', 'authorization-api-legacy'])('%s says it is legacy at the top', (id) => {
    const s = catalog.nodes[id];
    if (s?.kind !== 'scenario') throw new Error(`${id} is not a scenario`);
    expect(s.summary).toMatch(/^Legacy/);
    expect(s.cause).toMatch(/^Legacy scenario/);
    expect(s.notes?.[0]?.kind).toBe('legacy');
  });

  it('has the access-denied question, leading to the four Unauthorized causes', () => {
    const reach = new Set<string>();
    const walk = (id: string) => {
      const node = catalog.nodes[id];
      if (reach.has(id) || !node) return;
      reach.add(id);
      if (node.kind === 'question') node.answers.forEach((a) => walk(a.next));
    };
    walk('access-denied');
    expect(catalog.nodes['access-denied']?.kind).toBe('question');
    for (const id of SEED.filter((s) => s.startsWith('unauthorized-'))) expect(reach).toContain(id);
  });

  it.each(scenarios.map(([id, s]) => [id, s] as const))('%s is complete: steps, checklist, confirmation, official source', (_id, s) => {
    expect(s.steps.length).toBeGreaterThanOrEqual(2);
    expect(s.checklist.length).toBeGreaterThanOrEqual(2);
    expect(s.confirm.length).toBeGreaterThanOrEqual(1);
    expect(s.sources[0]?.kind).toBe('official');
    expect(s.sources.every((src) => src.url.startsWith('https://'))).toBe(true);
    expect(s.summary.length).toBeLessThanOrEqual(200);
  });

  it('lists MD5100, MD9000 and MD9999 in the index, leading to a question that settles their cause', () => {
    for (const code of ['MD5100', 'MD9000', 'MD9999']) {
      const entry = catalog.index.find((e) => e.label.includes(code));
      expect(entry, code).toBeDefined();
      expect(catalog.nodes[entry?.to ?? '']?.kind).toBe('question');
    }
  });

  it('links scenarios that share a cause both ways', () => {
    for (const [id, s] of scenarios) {
      for (const other of s.seeAlso ?? []) {
        const back = catalog.nodes[other];
        if (back?.kind === 'scenario') expect(back.seeAlso ?? [], `${other} should link back to ${id}`).toContain(id);
      }
    }
  });

  it('ships an up-to-date JSON Schema for editors (run `npm run schema` after changing schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(catalogJsonSchema());
  });
});
