import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../catalog/load-file.ts';
import { createSearch, processTerm, tokenize } from './search.ts';

const catalog = loadCatalogFile();
const { search } = createSearch(catalog);

describe('search ranking over the shipped catalog', () => {
  it.each([
    ['MD5011', 'md5101'], // two Levenshtein edits, one swap of neighbours
    ['md5101', 'md5101'],
    ['MD5101', 'md5101'],
    ['md5110', 'md5110'],
    ['MD1000', 'md1000'],
    ['MD9010', 'md9010'],
    ['invalid_grant refresh', 'lwa-invalid-grant-refresh'],
    ['invalid grant refresh token', 'lwa-invalid-grant-refresh'],
    ['credential scoped region', 'credential-scope-region'],
    ['credentail scoped regoin', 'credential-scope-region'],
    ['redirect fragment', 'md5110'],
    ['HTTP 500', 'token-request-500'],
    ['Client authentication failed', 'lwa-invalid-client'],
    ['access token is missing', 'access-token-missing'],
    ['revoked malformed', 'access-token-invalid'],
    ['signature does not match', 'signature-mismatch'],
    ['restricted data token', 'restricted-data-token'],
    ['grantless', 'grantless-token-mixup'],
    ['authorization limit', 'authorization-limit'],
    ['MissingAuthenticationToken', 'missing-authentication-token'],
  ])('%s finds %s first', (query, expected) => {
    expect(search(query)[0]?.id).toBe(expected);
  });

  it.each([['unauthorised'], ['unauthorized'], ['Unauthorised 403']])('%s finds a 403 Unauthorized page first', (query) => {
    const first = search(query)[0];
    expect(first?.title).toMatch(/Unauthorized/);
  });

  it.each([['MD5100'], ['MD9999']])('the undocumented code %s finds the pages that cover it', (query) => {
    const ids = search(query)
      .slice(0, 3)
      .map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['md9100', 'consent-undocumented-code']));
  });

  it.each([
    ['MD9000'],
    ['This Developer is not currently eligible for new authorizations'],
    ['currently not eligible to receive new authorizations'],
  ])('%s (either wording of MD9000) finds the question that routes it first, then the pages of its causes', (query) => {
    const ids = search(query)
      .slice(0, 4)
      .map((h) => h.id);
    expect(ids[0]).toBe('md9000-cause');
    expect(ids).toEqual(expect.arrayContaining(['md9100', 'md1000', 'authorize-new-developer-form']));
  });

  it.each([
    ['md 1000', 'md1000'],
    ['MD-5101', 'md5101'],
    ['md_5110', 'md5110'],
    ['MD 9010', 'md9010'],
  ])('forgives spacing inside a code: %j finds %s first', (query, expected) => {
    expect(search(query)[0]?.id).toBe(expected);
  });

  it('does not join a word and a number that form no known code', () => {
    expect(search('http 500')[0]?.id).toBe('token-request-500');
  });

  it.each([
    ['no spapi_oauth_code', 'login-uri-no-code'],
    ['amazon_callback_uri', 'login-uri-no-code'],
    ['roles greyed out', 'developer-profile-pending'],
    ['developer profile locked', 'developer-profile-pending'],
    ['authorize new developer', 'authorize-new-developer-form'],
    ['primary user', 'consent-not-eligible'],
    ['Invalid access permissions to view this page', 'consent-not-eligible'],
    ['sandbox 403', 'sandbox-denied'],
    ['unknown scope', 'lwa-login-instead-of-consent'],
    ['current edit pending approval', 'app-edit-pending'],
    ['getAuthorizationCode configured with roles', 'authorization-api-legacy'],
    ['Unauthorized to access requested fields', 'amazon-side-incident'],
    ['AWD', 'api-not-in-region'],
    ['vendor group not authorized vendor reports', 'vendor-seller-mismatch'],
    ['MD9001', 'md9010'],
  ])('%j finds %s first', (query, expected) => {
    expect(search(query)[0]?.id).toBe(expected);
  });

  it.each([['zzqxj wvvk'], ['xylophone'], ['qwerty'], ['   '], [''], ['!!! ---']])('%j finds nothing', (query) => {
    expect(search(query)).toEqual([]);
  });

  it('does not let a status find a neighbouring status', () => {
    expect(search('401')[0]?.id).toBe('lwa-invalid-client');
    expect(search('402')).toEqual([]); // 400, 401 and 403 are all one edit away
    expect(search('404')).toEqual([]);
  });

  it('names the symptoms that matched', () => {
    expect(search('MD5011')[0]?.matched).toEqual(['MD5101']);
    expect(search('HTTP 500')[0]?.matched.join(' ')).toMatch(/500/);
  });

  it('returns each node once, with its kind and title', () => {
    const hits = search('token');
    expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    for (const hit of hits) expect(catalog.nodes[hit.id]?.title).toBe(hit.title);
  });

  it('respects the limit and never throws on long or odd input', () => {
    expect(search('token', 3)).toHaveLength(3);
    expect(() => search('x'.repeat(10_000))).not.toThrow();
    expect(() => search('(((*?[')).not.toThrow();
  });
});

describe('terms', () => {
  it.each([
    ['invalid_grant', ['invalid_grant']],
    ['x-amz-access-token', ['x', 'amz', 'access', 'token']],
    ['Error Code: MD5101', ['Error', 'Code', 'MD5101']],
    ['__init__', ['init']],
  ])('tokenize(%j)', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it.each([
    ['Unauthorised', 'unauthorized'],
    ['authorisation', 'authorization'],
    ['MD5101', 'md5101'],
    ['the', null],
    ['a', null],
  ])('processTerm(%j) is %j', (term, expected) => {
    expect(processTerm(term)).toBe(expected);
  });
});
