import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegion, type RegionInput } from './region.ts';

const NA = 'https://sellingpartnerapi-na.amazon.com';
const EU = 'https://sellingpartnerapi-eu.amazon.com';

describe('checkRegion: rows', () => {
  it.each<[string, RegionInput, string[], string[]]>([
    [
      'all agree (EU)',
      { endpoint: EU, marketplace: 'DE', credentialScopeRegion: 'eu-west-1', tokenRegion: 'eu' },
      [
        'region-endpoint:ok',
        'region-marketplace:ok',
        'region-credential-scope:ok',
        'region-token:ok',
        'region-all-agree:ok',
        'region-signing-legacy:info',
      ],
      ['*:error'],
    ],
    ['marketplace by id', { endpoint: NA, marketplace: 'ATVPDKIKX0DER' }, ['region-all-agree:ok'], ['*:error']],
    ['GB alias', { endpoint: EU, marketplace: 'GB' }, ['region-all-agree:ok'], ['*:error']],
    [
      'UK marketplace on the NA endpoint',
      { endpoint: NA, marketplace: 'UK' },
      ['region-mismatch-endpoint-marketplace:error'],
      ['region-all-agree:ok'],
    ],
    [
      '"Credential should be scoped to a valid region, not us-east-1" (saleweaver#5)',
      { endpoint: EU, credentialScopeRegion: 'Credential=AKIAQWERTYUIOPASDFGH/20210101/us-east-1/execute-api/aws4_request' },
      ['region-mismatch-endpoint-credential-scope:error', 'region-credential-scope:ok'],
      [],
    ],
    [
      'credential scope without the key',
      { endpoint: NA, credentialScopeRegion: '20240101/us-east-1/execute-api/aws4_request' },
      ['region-all-agree:ok'],
      ['*:error', '*:warning'],
    ],
    [
      'credential scope with a wrong service',
      { endpoint: NA, credentialScopeRegion: '20240101/us-east-1/s3/aws4_request' },
      ['region-credential-scope-service:warning'],
      [],
    ],
    ['non-SP-API AWS region', { endpoint: EU, credentialScopeRegion: 'eu-central-1' }, ['region-credential-scope-invalid:error'], []],
    ['selling region typed as credential scope', { credentialScopeRegion: 'eu' }, ['region-credential-scope-invalid:error'], []],
    ['NA refresh token on the EU endpoint (SPAM#4825)', { endpoint: EU, tokenRegion: 'na' }, ['region-mismatch-endpoint-token:error'], []],
    [
      'token region by name',
      { endpoint: 'sellingpartnerapi-fe.amazon.com', tokenRegion: 'Far East' },
      ['region-all-agree:ok'],
      ['*:error'],
    ],
    ['token region by marketplace', { marketplace: 'AU', tokenRegion: 'JP' }, ['region-all-agree:ok'], []],
    ['token region by AWS region', { endpoint: NA, tokenRegion: 'us-east-1' }, ['region-all-agree:ok'], []],
    ['marketplace vs token', { marketplace: 'JP', tokenRegion: 'eu' }, ['region-mismatch-marketplace-token:error'], []],
    [
      'marketplace vs credential scope',
      { marketplace: 'US', credentialScopeRegion: 'us-west-2' },
      ['region-mismatch-marketplace-credential-scope:error'],
      [],
    ],
    [
      'credential scope vs token',
      { credentialScopeRegion: 'eu-west-1', tokenRegion: 'fe' },
      ['region-mismatch-credential-scope-token:error'],
      [],
    ],
    [
      'odd one out',
      { endpoint: NA, marketplace: 'FR', credentialScopeRegion: 'eu-west-1', tokenRegion: 'eu' },
      [
        'region-odd-one-out:info',
        'region-mismatch-endpoint-marketplace:error',
        'region-mismatch-endpoint-token:error',
        'region-mismatch-endpoint-credential-scope:error',
      ],
      ['region-mismatch-marketplace-token:error'],
    ],
    [
      'sandbox endpoint',
      { endpoint: 'https://sandbox.sellingpartnerapi-eu.amazon.com/orders/v0/orders', marketplace: 'IT' },
      ['region-endpoint-sandbox:info', 'region-all-agree:ok'],
      [],
    ],
    [
      'marketplace from the endpoint URL',
      {
        endpoint: 'GET https://sellingpartnerapi-eu.amazon.com/catalog/2022-04-01/items?keywords=mug&marketplaceIds=APJ6JRA9NG5V4',
      },
      ['region-marketplace:ok', 'region-all-agree:ok'],
      [],
    ],
    ['unknown endpoint host', { endpoint: 'https://sellingpartnerapi.amazon.com' }, ['region-endpoint-unknown:error'], []],
    ['Seller Central as endpoint', { endpoint: 'https://sellercentral.amazon.com' }, ['region-endpoint-unknown:error'], []],
    ['LWA host as endpoint', { endpoint: 'https://api.amazon.com/auth/o2/token' }, ['region-endpoint-unknown:error'], []],
    ['unknown marketplace', { marketplace: 'XX' }, ['region-marketplace-unknown:error'], []],
    ['region typed as marketplace', { marketplace: 'EU' }, ['region-marketplace-unknown:error'], []],
    ['unknown token region', { tokenRegion: 'asia' }, ['region-token-unknown:error'], []],
    ['nothing given', {}, ['region-no-input:info'], []],
    ['blank strings', { endpoint: ' ', marketplace: '' }, ['region-no-input:info'], []],
  ])('%s', (_name, input, expected, absent) => {
    const got = checkRegion(input).findings.map((f) => `${f.id}:${f.severity}`);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) {
      if (a.startsWith('*:')) expect(got.filter((g) => g.endsWith(a.slice(1)))).toEqual([]);
      else expect(got).not.toContain(a);
    }
  });
});

describe('checkRegion: details', () => {
  it('resolves each input to its region', () => {
    expect(checkRegion({ endpoint: NA, marketplace: 'DE', credentialScopeRegion: 'us-west-2', tokenRegion: 'fe' }).resolved).toEqual({
      endpoint: 'na',
      marketplace: 'eu',
      credentialScope: 'fe',
      token: 'fe',
    });
  });

  it('says what each side should be', () => {
    const f = checkRegion({ endpoint: NA, marketplace: 'DE' }).findings.find((x) => x.id === 'region-mismatch-endpoint-marketplace');
    expect(f?.scenario).toBe('unauthorized-region-mismatch');
    expect(f?.fix).toContain('https://sellingpartnerapi-eu.amazon.com');
    expect(f?.fix).toContain('CA, US, MX, BR');
    const c = checkRegion({ endpoint: EU, credentialScopeRegion: 'us-east-1' }).findings.find(
      (x) => x.id === 'region-mismatch-endpoint-credential-scope',
    );
    expect(c?.scenario).toBe('credential-scope-region');
    expect(c?.fix).toContain('eu-west-1');
  });

  it.each([
    'Credential=AKIAQWERTYUIOPASDFGH/20210101/us-east-1/execute-api/aws4_request',
    'Credential=AKIAQWERTYUIOPASDFGH/20210101/execute-api/aws4_request',
  ])('never echoes the access key of %s', (credentialScopeRegion) => {
    const out = JSON.stringify(checkRegion({ endpoint: EU, credentialScopeRegion, tokenRegion: 'AKIAQWERTYUIOPASDFGH' }));
    expect(out).not.toContain('AKIAQWERTYUIOPASDFGH');
  });
});

describe('properties', () => {
  it('never throws and always returns an array', () => {
    const s = fc.option(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('na', 'EU', 'us-west-2', 'DE', EU, 'Credential=/x/')), {
      nil: undefined,
    });
    fc.assert(
      fc.property(s, s, s, s, (endpoint, marketplace, credentialScopeRegion, tokenRegion) => {
        const result = checkRegion({ endpoint, marketplace, credentialScopeRegion, tokenRegion });
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
