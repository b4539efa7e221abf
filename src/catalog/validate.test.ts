import { describe, expect, it } from 'vitest';
import fixture from '../testing/fixture-catalog.json' with { type: 'json' };
import { parseCatalogText } from './load-file.ts';
import { validateCatalog } from './validate.ts';

type Json = Record<string, unknown>;
const clone = (): Json => structuredClone(fixture) as Json;
const nodes = (c: Json) => c.nodes as Record<string, Json>;
const answers = (c: Json, id: string) => nodes(c)[id]?.answers as Json[];

/** Each broken fixture: how it is broken, and the exact path and message it must produce. */
const broken: Array<{ name: string; mutate: (c: Json) => void; path: string; message: RegExp }> = [
  {
    name: 'a dangling answer',
    mutate: (c) => void ((answers(c, 'denied')[0] as Json).next = 'nowhere'),
    path: '$.nodes.denied.answers[0].next',
    message: /answer target "nowhere" is not a node id/,
  },
  {
    name: 'a dangling start',
    mutate: (c) => void (((c.start as Json[])[0] as Json).start = 'gone'),
    path: '$.start[0].start',
    message: /start question "gone" is not a node id/,
  },
  {
    name: 'a dangling index entry',
    mutate: (c) => void (((c.index as Json[])[1] as Json).to = 'md9999'),
    path: '$.index[1].to',
    message: /index target "md9999"/,
  },
  {
    name: 'a dangling see-also',
    mutate: (c) => void ((nodes(c).md1000 as Json).seeAlso = ['md5101']),
    path: '$.nodes.md1000.seeAlso[0]',
    message: /see-also "md5101" is not a node id/,
  },
  {
    name: 'an unreachable node',
    mutate: (c) => void (nodes(c).orphan = { ...(nodes(c).roles as Json) }),
    path: '$.nodes.orphan',
    message: /cannot be reached from the start page/,
  },
  {
    name: 'a cycle',
    mutate: (c) => void ((answers(c, 'denied')[0] as Json).next = 'consent-code'),
    path: '$.nodes["consent-code"]',
    message: /the tree loops: consent-code -> denied -> consent-code/,
  },
  {
    name: 'a question with one answer',
    mutate: (c) => void answers(c, 'denied').pop(),
    path: '$.nodes.denied.answers',
    message: /at least two answers/,
  },
  {
    name: 'an id that is not URL-safe',
    mutate: (c) => void ((answers(c, 'consent-code')[0] as Json).next = 'MD 1000'),
    path: '$.nodes["consent-code"].answers[0].next',
    message: /URL-safe/,
  },
  {
    name: 'a node key that is not URL-safe',
    mutate: (c) => void (nodes(c)['Bad_Id'] = nodes(c).roles as Json),
    path: '$.nodes.Bad_Id',
    message: /URL-safe/,
  },
  {
    name: 'a missing field',
    mutate: (c) => void delete (nodes(c).md1000 as Json).cause,
    path: '$.nodes.md1000.cause',
    message: /is missing: add a string/,
  },
  {
    name: 'an unknown field',
    mutate: (c) => void ((nodes(c).md1000 as Json).fix = 'x'),
    path: '$.nodes.md1000',
    message: /unknown field\(s\) "fix"/,
  },
  {
    name: 'an unknown console',
    mutate: (c) => void ((((nodes(c).md1000 as Json).steps as Json[])[1] as Json).nav = { 'developer-central': ['X'] }),
    path: '$.nodes.md1000.steps[1].nav',
    message: /unknown field\(s\) "developer-central"/,
  },
  {
    name: 'a non-https source',
    mutate: (c) => void ((((nodes(c).md1000 as Json).sources as Json[])[0] as Json).url = 'http://example.com'),
    path: '$.nodes.md1000.sources[0].url',
    message: /https:\/\//,
  },
  {
    name: 'a wrong node kind',
    mutate: (c) => void ((nodes(c).roles as Json).kind = 'handoff'),
    path: '$.nodes.roles.kind',
    message: /"kind"/,
  },
  {
    name: 'a duplicate checklist id',
    mutate: (c) => void (((nodes(c).md1000 as Json).checklist as Json[])[1] = { id: 'beta', text: 'again' }),
    path: '$.nodes.md1000.checklist[1].id',
    message: /checklist id "beta" is used twice/,
  },
  {
    name: 'a duplicate answer id',
    mutate: (c) => void ((answers(c, 'denied')[1] as Json).id = 'none'),
    path: '$.nodes.denied.answers[1].id',
    message: /answer id "none" is used twice/,
  },
  {
    name: 'a pattern that does not compile',
    mutate: (c) => void ((nodes(c).md1000 as Json).match = { rules: [{ why: 'x', weight: 5, pattern: '(unclosed' }] }),
    path: '$.nodes.md1000.match.rules[0].pattern',
    message: /pattern does not compile/,
  },
  {
    name: 'a symptom source that is not a listed source',
    mutate: (c) => void ((((nodes(c).md1000 as Json).symptoms as Json[])[0] as Json).source = 'https://example.com/elsewhere'),
    path: '$.nodes.md1000.symptoms[0].source',
    message: /not one of this scenario's sources/,
  },
  {
    name: 'a bad review date',
    mutate: (c) => void ((nodes(c).roles as Json).reviewed = '15/01/2026'),
    path: '$.nodes.roles.reviewed',
    message: /YYYY-MM-DD/,
  },
];

describe('a broken catalog names the JSON path and the fix', () => {
  it.each(broken)('$name', ({ mutate, path, message }) => {
    const catalog = clone();
    mutate(catalog);
    const result = validateCatalog(catalog);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const hit = problems.find((p) => p.path === path);
    expect(hit, `expected a problem at ${path}, got ${JSON.stringify(problems)}`).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('accepts the fixture as it is', () => {
    expect(validateCatalog(clone())).toMatchObject({ ok: true });
  });

  it('reports two nodes with the same id, which JSON.parse would silently merge', () => {
    const text = JSON.stringify(clone(), null, 1).replace('"region": {', '"roles": {');
    expect(() => parseCatalogText(text, 'broken.json')).toThrow(/broken\.json: \$\.nodes\.roles: key "roles" appears twice/);
  });

  it('reports text that is not JSON with the file name', () => {
    expect(() => parseCatalogText('{ "version": ', 'broken.json')).toThrow(/broken\.json: \$: is not valid JSON/);
  });
});
