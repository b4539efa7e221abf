import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../catalog/load-file.ts';
import type { Catalog } from '../../catalog/schema.ts';
import { analyze } from './analyze.ts';
import { FIXTURES } from './fixtures.ts';
import { firstEntry } from './judge.ts';
import { rulesCatalog } from './rules-catalog.ts';

const catalog = loadCatalogFile();
const first = (text: string, c: Catalog = catalog) => {
  const e = firstEntry(analyze(text, c));
  return e.kind === 'nothing' ? 'nothing' : `${e.kind}/${e.id}`;
};

describe('the first match for pastes of every shape', () => {
  it.each(FIXTURES.map((f) => [f.name, f.text, f.first] as const))('%s', (_name, text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it('has at least 30 varied fixtures, covering every kind of first entry', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(FIXTURES.map((f) => f.first.split('/')[0]));
    expect([...kinds].sort()).toEqual(['nothing', 'outside', 'question', 'scenario']);
  });

  it('every fixture target exists in the catalog', () => {
    for (const f of FIXTURES) {
      const [kind, id] = f.first.split('/');
      if (kind === 'scenario' || kind === 'question') expect(catalog.nodes[id ?? '']?.kind, f.name).toBe(kind);
      if (kind === 'outside')
        expect(
          catalog.outside?.some((o) => o.id === id),
          f.name,
        ).toBe(true);
    }
  });
});

describe('what a paste already answers moves the reader past the question', () => {
  const body = '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}';

  it.each([
    ['nothing more', body, 'question/access-denied'],
    ['other calls work', `${body}\nOther calls work with the same token, only this operation fails.`, 'question/one-operation-fails'],
    ['it stopped working', `${body}\nIt was working until last week.`, 'question/stopped-working'],
    ['every call fails', `${body}\nAll calls fail the same way.`, 'question/nothing-works'],
    [
      'two regions named',
      `${body}\nWe call both the NA and the EU endpoints for this seller and get this.`,
      'question/region-or-marketplace',
    ],
    ['works in one region', `${body}\nIt works fine in North America but fails in Europe.`, 'scenario/unauthorized-region-mismatch'],
  ])('%s', (_name, text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it('ranks the question that tells causes apart above the scenarios it leads to when the text cannot settle it', () => {
    const a = analyze(body, catalog);
    expect(a.matches[0]?.kind).toBe('question');
    expect(a.matches.every((m) => m.why.length > 0)).toBe(true);
  });
});

describe('errors that are not authorization problems', () => {
  it.each([
    [
      '429 QuotaExceeded',
      '{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}',
      'quota-exceeded',
    ],
    ['404 NotFound', 'HTTPStatus = 404 NotFound The order was not found', 'not-found'],
    [
      '400 InvalidInput on a parameter',
      '{"errors":[{"code":"InvalidInput","message":"Missing or invalid request parameters: [marketplaceIds]"}]}',
      'invalid-input-parameter',
    ],
  ])('%s is named, with advice, and no authorization node comes first', (_name, text, id) => {
    const a = analyze(text, catalog);
    expect(a.outside?.id).toBe(id);
    expect(a.outside?.advice.length).toBeGreaterThan(20);
    for (const m of a.matches) expect(m.score).toBeLessThan(a.outside?.score ?? 0);
  });

  it('an InvalidInput that is really a Restricted Data Token refusal stays an authorization problem', () => {
    const a = analyze(
      '{"errors":[{"code":"InvalidInput","message":"Application does not have access to one or more requested data elements: [buyerInfo]"}]}',
      catalog,
    );
    expect(a.outside).toBeUndefined();
    expect(a.matches[0]?.id).toBe('restricted-data-token');
  });
});

describe('nothing recognised', () => {
  it.each(['', '   \n\t', 'lorem ipsum dolor sit amet', '12345 67890', '{"a":{"b":[1,2,3]}}'])('%j gives no guess', (text) => {
    const a = analyze(text, catalog);
    expect(a.matches).toEqual([]);
    expect(a.outside).toBeUndefined();
  });

  it('says whether anything was recognised', () => {
    expect(analyze('hello there', catalog).recognised).toBe(false);
    expect(analyze('HTTP/1.1 403 Forbidden', catalog).recognised).toBe(true);
  });
});

describe('secrets', () => {
  const refresh = 'Atzr|IwEBIJk9Zq3mQ7fLp2WcVb8XnT4yHs6Ud1Ro5Ke0Aa';
  const access = 'Atza|IwEBIPl4Kj7Hg2Fd9Sa6Qw3Er8Ty1Ui5Op0Zx';
  const secret = 'amzn1.oa2-cs.v1.3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a';
  const text = [
    `curl -X POST https://api.amazon.com/auth/o2/token -d "grant_type=refresh_token&refresh_token=${refresh}&client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef&client_secret=${secret}"`,
    `x-amz-access-token: ${access}`,
    'Authorization: AWS4-HMAC-SHA256 Credential=AKIAJ2DNHLN5PXRV4QSQ/20240101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    '{"error_description":"The request has an invalid grant parameter : refresh_token","error":"invalid_grant"}',
  ].join('\n');

  it('are counted, named and masked in the text the analysis returns', () => {
    const a = analyze(text, catalog);
    expect(a.secrets.count).toBeGreaterThanOrEqual(5);
    expect(a.secrets.kinds).toEqual(
      expect.arrayContaining(['LWA refresh token', 'LWA client secret', 'LWA access token', 'AWS access key ID', 'SigV4 signature']),
    );
    for (const s of [refresh, access, secret, 'AKIAJ2DNHLN5PXRV4QSQ', '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7']) {
      expect(a.secrets.maskedText).not.toContain(s);
    }
  });

  it('never reach signals, chips or reasons', () => {
    const a = analyze(text, catalog);
    const shown = JSON.stringify({ signals: a.signals, matches: a.matches, outside: a.outside });
    for (const fragment of ['IwEBIJk9Zq3m', 'IwEBIPl4Kj7H', '3f9a1c7e5b2d', 'J2DNHLN5PXRV', '5d672d79c15b'])
      expect(shown).not.toContain(fragment);
    expect(first(text)).toBe('scenario/lwa-invalid-grant-refresh');
  });

  it.each([
    [
      'grantless token',
      'x-amz-access-token: Atc|MQEWYJxLNmP8rTs0Kq3Vw9Zb2Xc5Dn7Fg1Hj4 -> 403',
      'Atc|MQEWYJxLNmP8',
      'grantless access token',
    ],
    [
      'Restricted Data Token',
      '"restrictedDataToken":"Atz.sprdt|AYABeKj3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6"',
      'AYABeKj3Lm9Q',
      'Restricted Data Token',
    ],
    ['AWS secret key', "aws_secret_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYabcdefgh12'", 'wJalrXUtnFEMI', 'AWS secret access key'],
    ['AWS key pair', 'AKIAJ2DNHLN5PXRV4QSQ wJalrXUtnFEMI/K7MDENG/bPxRfiCYabcdefgh12', 'J2DNHLN5PXRV4QSQ', 'AWS access key ID'],
    [
      'spapi_oauth_code',
      'https://example.com/cb?state=x&spapi_oauth_code=RHlKkNvDqVsnkJzWzUqK&selling_partner_id=A1',
      'RHlKkNvDqVsnkJzWzUqK',
      'authorization code',
    ],
    [
      'bare hex client_secret=',
      'client_secret=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0&grant_type=refresh_token',
      '0f1e2d3c4b5a6978',
      'LWA client secret',
    ],
    [
      'refresh_token=',
      'refresh_token=Atzr|IwEBIJk9Zq3mQ7fLp2WcVb8XnT4yHs6Ud1Ro5Ke0Aa&grant_type=refresh_token',
      'IwEBIJk9Zq3m',
      'LWA refresh token',
    ],
    [
      'SigV4 signature',
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIAJ2DNHLN5PXRV4QSQ/20240101/us-east-1/execute-api/aws4_request, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      '5d672d79c15b1316',
      'SigV4 signature',
    ],
  ])('recognises a %s and keeps it out of everything shown', (_name, text, value, label) => {
    const a = analyze(text, catalog);
    expect(a.secrets.kinds).toContain(label);
    expect(a.secrets.maskedText).not.toContain(value);
    expect(JSON.stringify([a.signals, a.matches, a.outside])).not.toContain(value);
  });

  it('an oauth code in a redirect URL is masked, not shown as an error code', () => {
    const a = analyze(
      'https://example.com/callback?state=abc&selling_partner_id=A3FHEXAMPLEYWS&spapi_oauth_code=RHlKkNvDqVsnkJzWzUqK',
      catalog,
    );
    expect(JSON.stringify(a.signals)).not.toContain('RHlKkNvDqVsnkJzWzUqK');
    expect(a.signals.find((s) => s.kind === 'oauth-params')?.value).toContain('spapi_oauth_code');
  });
});

describe('rules live in the catalog', () => {
  it('a new node brings its own signals: adding a rule is enough to be matched', () => {
    const extended: Catalog = structuredClone(catalog);
    const node = extended.nodes['md5110'];
    if (node?.kind !== 'scenario') throw new Error('fixture');
    extended.nodes['brand-new-case'] = {
      ...node,
      title: 'A brand new case',
      match: { rules: [{ why: 'The new widget error', weight: 95, code: ['WidgetMeltdown'] }] },
    };
    expect(first('{"errors":[{"code":"WidgetMeltdown"}]}', extended)).toBe('scenario/brand-new-case');
    expect(first('{"errors":[{"code":"WidgetMeltdown"}]}')).toBe('nothing');
  });

  it('a rule whose pattern does not compile never fires and never throws', () => {
    const broken: Catalog = structuredClone(catalog);
    const node = broken.nodes['md1000'];
    if (!node?.match) throw new Error('fixture');
    node.match.rules = [{ why: 'broken', weight: 99, pattern: '(unclosed' }];
    expect(() => analyze('MD1000 (unclosed', broken)).not.toThrow();
    expect(analyze('(unclosed', broken).matches.some((m) => m.id === 'md1000')).toBe(false);
  });

  it('unless vetoes a rule', () => {
    expect(first('{"errors":[{"code":"Unauthorized","details":"The access token you provided is revoked, malformed or invalid."}]}')).toBe(
      'scenario/access-token-invalid',
    );
  });
});

describe('the analyzer on the rules slice the start page downloads', () => {
  it('ranks every fixture exactly as it does on the whole catalog', () => {
    const slice = rulesCatalog(catalog);
    for (const { text } of FIXTURES) expect(analyze(text, slice), text).toEqual(analyze(text, catalog));
  });
});
