// The shipped catalog: schema, integrity, the public ids from the product design, and completeness.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, SCHEMA_FILE } from './json-schema.ts';
import { CATALOG_FILE, loadCatalogFile } from './load-file.ts';
import { validateCatalog } from './validate.ts';

const catalog = loadCatalogFile();
const scenarios = Object.entries(catalog.nodes).flatMap(([id, n]) => (n.kind === 'scenario' ? [[id, n] as const] : []));

/** Public contract: these ids are URLs people share, so they never change. */
const SEED = ['md1000', 'md5101', 'md5110', 'md9010', 'md9100', 'token-request-500', 'credential-scope-region', 'unauthorized-account-health', 'unauthorized-region-mismatch', 'unauthorized-app-roles', 'unauthorized-missing-role', 'missing-authentication-token'];
const BEYOND = ['lwa-invalid-grant-code', 'lwa-invalid-grant-refresh', 'lwa-invalid-client', 'lwa-secret-expired', 'lwa-bad-token-request', 'access-token-invalid', 'access-token-missing', 'iam-arn-mismatch', 'signature-mismatch', 'restricted-data-token', 'grantless-token-mixup', 'reauthorization-required', 'authorization-limit', 'wrong-marketplace', 'vendor-seller-mismatch'];

describe('the shipped catalog', () => {
  it('passes the schema and every integrity check', () => {
    const result = validateCatalog(JSON.parse(readFileSync(CATALOG_FILE, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(Object.keys(catalog.nodes).length).toBeGreaterThan(27);
  });

  it.each([...SEED, ...BEYOND])('has the scenario %s', (id) => {
    expect(catalog.nodes[id]?.kind).toBe('scenario');
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
