import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRedirectUri, parseRegistered } from './redirect-uri.ts';
import { splitUri } from './uri-parts.ts';

const REG = 'https://example.com/amazon/callback';

describe('checkRedirectUri: rows', () => {
  it.each([
    ['exact match', REG, REG, ['redirect-uri-exact-match:ok'], []],
    [
      'exact match on a later line, blank lines ignored',
      REG,
      `\nhttps://example.com/other\n\n${REG}\n`,
      ['redirect-uri-exact-match:ok'],
      ['redirect-uri-no-match:error'],
    ],
    [
      'http vs https',
      'http://example.com/amazon/callback',
      REG,
      ['redirect-uri-no-match:error', 'redirect-uri-diff-scheme:error', 'redirect-uri-not-https:error'],
      [],
    ],
    ['host case', 'https://Example.com/amazon/callback', REG, ['redirect-uri-diff-host-case:error'], ['redirect-uri-diff-host:error']],
    ['www host', 'https://www.example.com/amazon/callback', REG, ['redirect-uri-diff-host:error'], []],
    [
      'default port written out',
      'https://example.com:443/amazon/callback',
      REG,
      ['redirect-uri-diff-default-port:error'],
      ['redirect-uri-diff-port:error'],
    ],
    ['other port', 'https://example.com:8443/amazon/callback', REG, ['redirect-uri-diff-port:error'], []],
    ['trailing slash', `${REG}/`, REG, ['redirect-uri-diff-trailing-slash:error'], ['redirect-uri-diff-path:error']],
    ['path case', 'https://example.com/Amazon/Callback', REG, ['redirect-uri-diff-path-case:error'], []],
    [
      'path case and trailing slash',
      'https://example.com/Amazon/Callback/',
      REG,
      ['redirect-uri-diff-path-case:error', 'redirect-uri-diff-trailing-slash:error'],
      [],
    ],
    ['different path', 'https://example.com/amazon/auth', REG, ['redirect-uri-diff-path:error'], []],
    ['extra query', `${REG}?shop=1`, REG, ['redirect-uri-diff-query:error'], []],
    ['fragment (MD5110)', `${REG}#done`, REG, ['redirect-uri-diff-fragment:error', 'redirect-uri-fragment:error'], []],
    ['percent-encoding in path', 'https://example.com/amazon%2Fcallback', REG, ['redirect-uri-diff-encoding:error'], []],
    ['encoded as in a consent URL', encodeURIComponent(REG), REG, ['redirect-uri-used-encoded:info', 'redirect-uri-exact-match:ok'], []],
    ['pasted with quotes and spaces', `  "${REG}" `, REG, ['redirect-uri-exact-match:ok'], []],
    ['registered list with bullets and commas', REG, `- https://a.example/cb\n1. "${REG}",`, ['redirect-uri-exact-match:ok'], []],
    ['nothing registered', REG, '', ['redirect-uri-none-registered:warning'], ['redirect-uri-no-match:error']],
    ['nothing registered, blank lines only', REG, '\n  \n', ['redirect-uri-none-registered:warning'], []],
    ['used empty', '', REG, ['redirect-uri-used-empty:info'], []],
    ['used not a URI', '/amazon/callback', REG, ['redirect-uri-used-invalid:error'], []],
    [
      'registered line not a URI',
      REG,
      `example.com/cb\n${REG}`,
      ['redirect-uri-registered-invalid:warning', 'redirect-uri-exact-match:ok'],
      [],
    ],
    [
      'registered with fragment',
      `${REG}#x`,
      `${REG}#x`,
      ['redirect-uri-exact-match:ok', 'redirect-uri-fragment:error', 'redirect-uri-registered-fragment:error'],
      [],
    ],
    [
      'registered over http',
      'http://localhost:3000/cb',
      'http://localhost:3000/cb',
      ['redirect-uri-exact-match:ok', 'redirect-uri-not-https:error', 'redirect-uri-registered-not-https:warning'],
      [],
    ],
  ])('%s', (_name, used, registered, expected, absent) => {
    const got = checkRedirectUri(used, registered).findings.map((f) => `${f.id}:${f.severity}`);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) expect(got).not.toContain(a);
  });
});

describe('checkRedirectUri: nearest and scenarios', () => {
  it('picks the registered URI that differs least', () => {
    const registered = ['https://other.example/x', 'https://example.com/amazon/callback/', 'https://example.com/z'].join('\n');
    const result = checkRedirectUri(REG, registered);
    expect(result.nearest).toEqual({ line: 2, uri: 'https://example.com/amazon/callback/' });
    expect(result.findings.filter((f) => f.id.startsWith('redirect-uri-diff-')).map((f) => f.id)).toEqual([
      'redirect-uri-diff-trailing-slash',
    ]);
  });

  it('returns the exact match with its line', () => {
    expect(checkRedirectUri(REG, `https://a.example\n\n${REG}`).match).toEqual({ line: 3, uri: REG });
  });

  it('maps mismatches to md5101 and fragments to md5110', () => {
    const findings = checkRedirectUri(`${REG}/#x`, REG).findings;
    expect(findings.find((f) => f.id === 'redirect-uri-no-match')?.scenario).toBe('md5101');
    expect(findings.find((f) => f.id === 'redirect-uri-diff-trailing-slash')?.scenario).toBe('md5101');
    expect(findings.find((f) => f.id === 'redirect-uri-diff-fragment')?.scenario).toBe('md5110');
  });

  it('masks secrets in echoed URIs', () => {
    const code = 'ANDmZWbqRMUJKfWKJyqN';
    const findings = checkRedirectUri(`${REG}?spapi_oauth_code=${code}`, REG).findings;
    expect(JSON.stringify(findings)).not.toContain(code);
  });
});

describe('splitUri / parseRegistered', () => {
  it.each([
    ['https://example.com', { scheme: 'https', host: 'example.com', path: '' }],
    [
      'https://u:p@Example.com:8443/a/b?x=1#f',
      { scheme: 'https', userinfo: 'u:p', host: 'Example.com', port: '8443', path: '/a/b', query: 'x=1', fragment: 'f' },
    ],
    ['https://[::1]:8080/cb', { scheme: 'https', host: '[::1]', port: '8080', path: '/cb' }],
    ['https://example.com?', { scheme: 'https', host: 'example.com', path: '', query: '' }],
  ])('%s', (uri, parts) => {
    expect(splitUri(uri)).toEqual(parts);
  });

  it.each(['example.com/cb', '/cb', 'https://', 'https:///cb', ''])('%j is not absolute', (uri) => {
    expect(splitUri(uri)).toBeUndefined();
  });

  it('keeps line numbers and drops blanks', () => {
    expect(parseRegistered('\r\nhttps://a.example/x\r\n\r\n  https://b.example/y  ')).toEqual([
      { line: 2, uri: 'https://a.example/x' },
      { line: 4, uri: 'https://b.example/y' },
    ]);
  });
});

describe('properties', () => {
  it('never throws and always returns an array', () => {
    const any = fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true }));
    fc.assert(
      fc.property(any, fc.array(any, { maxLength: 5 }), (used, registered) => {
        const result = checkRedirectUri(used, registered.join('\n'));
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a URI always matches itself', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (uri) => {
        expect(checkRedirectUri(uri, uri).match?.uri).toBe(uri);
      }),
      { numRuns: 200 },
    );
  });
});
