import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConsentUrl, checkConsentUrl } from './consent-url.ts';
import type { Finding } from './finding.ts';

const APP = 'amzn1.sp.solution.12345678-90ab-cdef-1234-567890abcdef';
const OLD_APP = 'amzn1.sellerapps.app.12345678-90ab-cdef-1234-567890abcdef';
const CLIENT = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
const SC = 'https://sellercentral.amazon.com/apps/authorize/consent';
const STATE = 'f3a9c1d2e4b5a6c7';

/** "id:severity" for every finding that is not ok/info noise the row does not mention. */
const ids = (findings: Finding[]) => findings.map((f) => `${f.id}:${f.severity}`);

describe('checkConsentUrl: rows', () => {
  it.each([
    [
      'a correct URL for a published app',
      `${SC}?application_id=${APP}&state=${STATE}`,
      [
        'consent-url-host:ok',
        'consent-url-path-ok:ok',
        'consent-url-application-id-ok:ok',
        'consent-url-state-ok:ok',
        'consent-url-no-beta:info',
        'consent-url-redirect-uri-default:info',
      ],
      [],
    ],
    [
      'Draft app with &version=beta (AE-PT example)',
      'https://sellercentral.amazon.com/apps/authorize/consent?application_id=appidexample&state=stateexample&version=beta',
      ['consent-url-beta:info', 'consent-url-application-id-unknown:error', 'consent-url-state-weak:info'],
      [],
    ],
    [
      'version=beta joined with ? (SPAD#265)',
      `${SC}?application_id=${APP}?version=beta&state=${STATE}`,
      ['consent-url-beta-question-mark:error', 'consent-url-application-id-ok:ok'],
      ['consent-url-beta:info'],
    ],
    [
      'any other second ?',
      `${SC}?application_id=${APP}?state=${STATE}`,
      ['consent-url-extra-question-mark:error', 'consent-url-state-ok:ok'],
      [],
    ],
    [
      'LWA client id as application_id (SPAD#3479)',
      `${SC}?application_id=${CLIENT}&state=${STATE}`,
      ['consent-url-application-id-is-client-id:error'],
      ['consent-url-application-id-ok:ok'],
    ],
    ['older sellerapps app id', `${SC}?application_id=${OLD_APP}&state=${STATE}`, ['consent-url-application-id-ok:ok'], []],
    [
      'a redacted app id, pasted in backticks',
      '`https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sellerapps.app.zzzzzzzz&state=987654`',
      ['consent-url-cleaned:info', 'consent-url-application-id-malformed:warning', 'consent-url-state-weak:info'],
      [],
    ],
    ['no application_id', `${SC}?state=${STATE}`, ['consent-url-application-id-missing:error'], []],
    [
      'app_id typo',
      `${SC}?app_id=${APP}&state=${STATE}`,
      ['consent-url-application-id-missing:error', 'consent-url-param-typo:warning'],
      [],
    ],
    [
      'app_id typo holding a client id',
      `${SC}?app_id=${CLIENT}&state=${STATE}`,
      ['consent-url-application-id-missing:error', 'consent-url-application-id-is-client-id:error'],
      [],
    ],
    ['no state', `${SC}?application_id=${APP}`, ['consent-url-state-missing:warning'], []],
    ['version other than beta', `${SC}?application_id=${APP}&state=${STATE}&version=2`, ['consent-url-version-unknown:warning'], []],
    [
      'redirect_uri encoded and https',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=${encodeURIComponent('https://example.com/cb')}`,
      ['consent-url-redirect-uri-registered:info'],
      ['consent-url-redirect-uri-default:info'],
    ],
    [
      'redirect_uri over http (MD9999 answer)',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=http%3A%2F%2Fexample.com%2Fcb`,
      ['consent-url-redirect-uri-not-https:error'],
      [],
    ],
    [
      'redirect_uri with encoded fragment',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=https%3A%2F%2Fexample.com%2Fcb%23done`,
      ['consent-url-redirect-uri-fragment:error'],
      [],
    ],
    [
      'redirect_uri with raw fragment',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=https://example.com/cb#done`,
      ['consent-url-redirect-uri-fragment:error'],
      ['consent-url-fragment:warning'],
    ],
    [
      'redirect_uri not encoded, own query split',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=https://example.com/cb?shop=1&lang=en`,
      ['consent-url-redirect-uri-unencoded:warning', 'consent-url-redirect-uri-split:error'],
      ['consent-url-unknown-param:info'],
    ],
    [
      'redirect_uri encoded twice',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=https%253A%252F%252Fexample.com%252Fcb`,
      ['consent-url-redirect-uri-double-encoded:warning'],
      [],
    ],
    [
      'redirect_uri relative',
      `${SC}?application_id=${APP}&state=${STATE}&redirect_uri=%2Fcb`,
      ['consent-url-redirect-uri-invalid:error'],
      [],
    ],
    ['fragment on the consent URL', `${SC}?application_id=${APP}&state=${STATE}#version=beta`, ['consent-url-fragment:warning'], []],
    [
      'Europe host',
      `https://sellercentral-europe.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host:ok'],
      [],
    ],
    [
      'third-party-only host (BE)',
      `https://sellercentral.amazon.com.be/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host:ok', 'consent-url-host-unconfirmed:info'],
      [],
    ],
    [
      'Vendor Central host',
      `https://vendorcentral.amazon.de/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host:ok', 'consent-url-vendor-host:info'],
      [],
    ],
    [
      'unknown Amazon host (UK Seller Central)',
      `https://sellercentral.amazon.co.uk/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host-unknown-amazon:warning'],
      ['consent-url-host:ok'],
    ],
    [
      'SP-API host',
      `https://sellingpartnerapi-na.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host-spapi:error'],
      [],
    ],
    [
      'own site as host',
      `https://example.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-host-not-amazon:error'],
      [],
    ],
    [
      'wrong path',
      `https://sellercentral.amazon.com/apps/authorize?application_id=${APP}&state=${STATE}`,
      ['consent-url-path:error'],
      ['consent-url-path-ok:ok'],
    ],
    [
      'trailing slash path',
      `https://sellercentral.amazon.com/apps/authorize/consent/?application_id=${APP}&state=${STATE}`,
      ['consent-url-path:error'],
      [],
    ],
    [
      'no scheme',
      `sellercentral.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-no-scheme:warning', 'consent-url-host:ok'],
      [],
    ],
    [
      'http scheme',
      `http://sellercentral.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`,
      ['consent-url-not-https:warning'],
      [],
    ],
    [
      'wrapped over lines, quoted',
      `"${SC}?application_id=${APP}\n&state=${STATE}"`,
      ['consent-url-cleaned:info', 'consent-url-inner-whitespace:warning', 'consent-url-application-id-ok:ok', 'consent-url-state-ok:ok'],
      [],
    ],
    [
      'quotes inside',
      `${SC}?application_id="${APP}"&state=${STATE}`,
      ['consent-url-inner-quotes:warning', 'consent-url-application-id-ok:ok'],
      [],
    ],
    [
      'duplicate application_id',
      `${SC}?application_id=${APP}&application_id=${APP}&state=${STATE}`,
      ['consent-url-duplicate-param:error'],
      [],
    ],
    ['unknown parameter', `${SC}?application_id=${APP}&state=${STATE}&foo=bar`, ['consent-url-unknown-param:info'], []],
    ['malformed escape', `${SC}?application_id=${APP}&state=a%ZZb1234567`, ['consent-url-bad-encoding:warning'], []],
    ['not a URL', 'please help MD1000', ['consent-url-invalid:error'], []],
    ['empty', '   ', ['consent-url-empty:error'], []],
  ])('%s', (_name, input, expected, absent) => {
    const got = ids(checkConsentUrl(input).findings);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('checkConsentUrl: scenarios and parsing', () => {
  it('maps the known mistakes to catalog scenarios', () => {
    const scenarioOf = (url: string, id: string) => checkConsentUrl(url).findings.find((f) => f.id === id)?.scenario;
    expect(scenarioOf(`${SC}?application_id=${APP}?version=beta`, 'consent-url-beta-question-mark')).toBe('md1000');
    expect(scenarioOf(`${SC}?application_id=${CLIENT}`, 'consent-url-application-id-is-client-id')).toBe('md1000');
    expect(scenarioOf(`${SC}?application_id=${APP}&redirect_uri=https%3A%2F%2Fa.com%2F%23x`, 'consent-url-redirect-uri-fragment')).toBe(
      'md5110',
    );
    expect(scenarioOf(`${SC}?application_id=${APP}&redirect_uri=http%3A%2F%2Fa.com`, 'consent-url-redirect-uri-not-https')).toBe('md9100');
    expect(scenarioOf(`${SC}?application_id=${APP}`, 'consent-url-redirect-uri-default')).toBe('md5101');
    expect(scenarioOf(`https://vendorcentral.amazon.com/apps/authorize/consent?application_id=${APP}`, 'consent-url-vendor-host')).toBe(
      'vendor-seller-mismatch',
    );
  });

  it('returns the parsed URL with region and marketplaces', () => {
    const { parsed } = checkConsentUrl(
      `https://sellercentral-europe.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}&version=beta`,
    );
    expect(parsed).toMatchObject({
      host: 'sellercentral-europe.amazon.com',
      console: 'seller-central',
      region: 'eu',
      path: '/apps/authorize/consent',
    });
    expect(parsed?.marketplaces).toEqual(['ES', 'UK', 'FR', 'DE', 'IT']);
    expect(parsed?.params.map((p) => p.name)).toEqual(['application_id', 'state', 'version']);
  });

  it('recovers parameters after a second ?', () => {
    const { parsed } = checkConsentUrl(`${SC}?application_id=${APP}?version=beta&state=${STATE}`);
    expect(parsed?.params.find((p) => p.name === 'application_id')?.value).toBe(APP);
    expect(parsed?.params.find((p) => p.name === 'version')?.value).toBe('beta');
  });

  it('suggests the listed host for an unknown Seller Central country host', () => {
    const f = checkConsentUrl(`https://sellercentral.amazon.de/apps/authorize/consent?application_id=${APP}`).findings;
    expect(f.find((x) => x.id === 'consent-url-host-unknown-amazon')?.fix).toContain('sellercentral-europe.amazon.com');
  });

  it('masks secrets it echoes', () => {
    const code = 'ANDmZWbqRMUJKfWKJyqN';
    const result = checkConsentUrl(`https://example.com/cb?state=${STATE}&spapi_oauth_code=${code}`);
    expect(JSON.stringify(result.findings)).not.toContain(code);
  });
});

describe('buildConsentUrl', () => {
  it.each([
    [{ marketplace: 'US', applicationId: APP, draft: false, state: STATE }, `${SC}?application_id=${APP}&state=${STATE}`],
    [
      { marketplace: 'DE', applicationId: APP, draft: true, state: STATE },
      `https://sellercentral-europe.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}&version=beta`,
    ],
    [
      { marketplace: 'A1VC38T7YXB528', applicationId: APP, draft: false, state: 's', redirectUri: 'https://x.example/cb?a=1' },
      `https://sellercentral.amazon.co.jp/apps/authorize/consent?application_id=${APP}&state=s&redirect_uri=https%3A%2F%2Fx.example%2Fcb%3Fa%3D1`,
    ],
    [
      { marketplace: 'UK', applicationId: APP, draft: false, console: 'vendor-central' as const },
      `https://vendorcentral.amazon.co.uk/apps/authorize/consent?application_id=${APP}`,
    ],
    [{ marketplace: 'IE', applicationId: APP, draft: false, console: 'vendor-central' as const }, ''],
    [{ marketplace: 'Atlantis', applicationId: APP, draft: false }, ''],
  ])('%j', (options, url) => {
    expect(buildConsentUrl(options)).toBe(url);
  });

  it('builds URLs the checker accepts without errors or warnings', () => {
    for (const marketplace of ['US', 'CA', 'UK', 'DE', 'JP', 'AU', 'IN', 'BE']) {
      const url = buildConsentUrl({ marketplace, applicationId: APP, draft: true, state: STATE, redirectUri: 'https://example.com/cb' });
      const bad = checkConsentUrl(url).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      expect(bad).toEqual([]);
    }
  });
});

describe('properties', () => {
  it('never throws and always returns an array', () => {
    const urlish = fc
      .tuple(fc.constantFrom('', 'https://', 'http://', '"'), fc.string({ unit: 'binary' }), fc.constantFrom('', '?', '&', '#', '?a=b?c'))
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true }), urlish),
        (input) => {
          const result = checkConsentUrl(input);
          expect(Array.isArray(result.findings)).toBe(true);
          expect(result.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
