// The operation data: the generated models file has the right shape, and every fact taken from
// Amazon's pages names an operation the models declare, Amazon's role names and a source URL.
import { describe, expect, it } from 'vitest';
import { operationData } from './data.ts';
import {
  GRANTLESS_FACTS,
  NO_RDT_FACTS,
  RESTRICTED_FACTS,
  ROLE_FACTS,
  ROLE_NAMES,
  SOURCES,
  SUCCESSORS,
  TYPE_FACTS,
  VENDOR_ROLES,
  type OperationRef,
} from './facts.ts';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const declared = (ref: OperationRef) =>
  operationData.models.find((m) => m.key === ref.model)?.operations.find((o) => o.id === ref.operation);
const AMAZON_SOURCE = /^https:\/\/(?:developer-docs\.amazon\.com\/sp-api\/|github\.com\/amzn\/)/;

describe('models.json (generated from amzn/selling-partner-api-models)', () => {
  it('names the source repository and a full commit hash', () => {
    expect(operationData.source.repository).toBe('https://github.com/amzn/selling-partner-api-models');
    expect(operationData.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(operationData.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has many models, unique keys, and every operation has an id, a method and a path template', () => {
    expect(operationData.models.length).toBeGreaterThan(50);
    const keys = operationData.models.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const model of operationData.models) {
      expect(model.file).toMatch(/^models\/[^/]+\/[^/]+\.json$/);
      expect(model.title).not.toBe('');
      expect(model.version).toMatch(/^(?:v\d+|\d{4}-\d{2}-\d{2})$/);
      expect(model.operations.length).toBeGreaterThan(0);
      if (model.retired) expect(model.retired.commit).toMatch(/^[0-9a-f]{40}$/);
      const seen = new Set<string>();
      for (const op of model.operations) {
        expect(op.id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        expect(METHODS.has(op.method)).toBe(true);
        expect(op.path.startsWith('/')).toBe(true);
        expect(seen.has(`${op.method} ${op.path}`)).toBe(false);
        seen.add(`${op.method} ${op.path}`);
      }
    }
  });

  it('keeps the model deprecation marks and retired models', () => {
    expect(declared({ model: 'ordersV0', operation: 'getOrderAddress' })?.deprecated).toBe(true);
    expect(declared({ model: 'orders_2026-01-01', operation: 'searchOrders' })?.deprecated).toBeUndefined();
    const authorization = operationData.models.find((m) => m.key === 'authorization');
    expect(authorization?.retired).toBeDefined();
    expect(authorization?.operations.map((o) => o.id)).toContain('getAuthorizationCode');
  });
});

describe('facts from Amazon pages, cross-checked with the models', () => {
  const refs: Array<[string, OperationRef]> = [
    ...ROLE_FACTS.map((f): [string, OperationRef] => ['roles', f]),
    ...RESTRICTED_FACTS.map((f): [string, OperationRef] => ['restricted', f]),
    ...NO_RDT_FACTS.map((f): [string, OperationRef] => ['no RDT', f]),
    ...GRANTLESS_FACTS.map((f): [string, OperationRef] => ['grantless', f]),
  ];
  it.each(refs)('%s: %o exists in the models', (_, ref) => {
    expect(declared(ref)).toBeDefined();
  });

  it("every role name is one of Amazon's roles, and every role list is non-empty and without repeats", () => {
    const names = new Set<string>(ROLE_NAMES);
    for (const roles of [...ROLE_FACTS.map((f) => f.roles), ...TYPE_FACTS.map((f) => f.roles), VENDOR_ROLES]) {
      expect(roles.length).toBeGreaterThan(0);
      expect(new Set(roles).size).toBe(roles.length);
      for (const r of roles) expect(names.has(r)).toBe(true);
    }
  });

  it('every entry carries an Amazon source URL', () => {
    for (const url of Object.values(SOURCES)) expect(url).toMatch(AMAZON_SOURCE);
    const urls = [
      ...ROLE_FACTS.flatMap((f) => [f.source, ...(f.disagreement ? [f.disagreement.source] : [])]),
      ...RESTRICTED_FACTS.flatMap((f) => [f.source, ...(f.dataElementsSource ? [f.dataElementsSource] : [])]),
      ...NO_RDT_FACTS.map((f) => f.source),
      ...GRANTLESS_FACTS.flatMap((f) => [f.source, ...(f.scopeSource ? [f.scopeSource] : [])]),
      ...TYPE_FACTS.map((f) => f.source),
      ...Object.values(SUCCESSORS).map((s) => s.source),
    ];
    for (const url of urls) expect(Object.values(SOURCES)).toContain(url);
  });

  it('one fact per operation and kind; an operation is never both restricted and RDT-free', () => {
    for (const list of [ROLE_FACTS, RESTRICTED_FACTS, GRANTLESS_FACTS, NO_RDT_FACTS]) {
      const ids = list.map((f) => `${f.model}/${f.operation}`);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const f of NO_RDT_FACTS) expect(RESTRICTED_FACTS.some((r) => r.model === f.model && r.operation === f.operation)).toBe(false);
  });

  it('grantless scopes are LWA SP-API scopes; successors are models we have', () => {
    for (const f of GRANTLESS_FACTS) if (f.scope) expect(f.scope).toMatch(/^sellingpartnerapi::[a-z_:]+$/);
    for (const s of Object.values(SUCCESSORS)) expect(operationData.models.some((m) => m.key === s.model)).toBe(true);
  });

  it('type facts are upper-case type names, each once', () => {
    const types = TYPE_FACTS.map((t) => t.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) expect(t).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});
