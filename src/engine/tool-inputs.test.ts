import { describe, expect, it } from 'vitest';
import { readToolInputs, secretKinds, shareQuery } from './tool-inputs.ts';

const SECRET = `amzn1.oa2-cs.v1.${'9f8e7d6c5b4a3210'.repeat(4)}`;
const REFRESH = 'Atzr|IwEBIMy2mTxqJH5kLa9-PtwR_zNqV4oB8sX0dYcF7gHjK3lMnOpQrStUvWxYz1234567890';

describe('secretKinds', () => {
  it.each<[string, string[], string[]]>([
    ['nothing', ['https://sellercentral.amazon.com/apps/authorize/consent?application_id=x&state=abc'], []],
    ['a client secret', [`curl -d 'client_secret=${SECRET}'`], ['LWA client secret']],
    ['a refresh token in the second field', ['eu', `refresh_token=${REFRESH}`], ['LWA refresh token']],
    [
      'an authorization code in a redirect URI',
      ['https://example.com/cb?spapi_oauth_code=ANDmZWbqRMUJKfWKJyqN&state=x'],
      ['authorization code'],
    ],
    [
      'an AWS access key in a credential scope',
      ['Credential=AKIAQWERTYUIOPASDFGH/20210101/us-east-1/execute-api/aws4_request'],
      ['AWS access key ID'],
    ],
    ['the same kind twice, named once', [SECRET, SECRET], ['LWA client secret']],
    ['a placeholder', ['client_secret=<your client secret>'], []],
  ])('%s', (_name, texts, kinds) => {
    expect(secretKinds(texts)).toEqual(kinds);
  });

  it('keeps token-shaped values the scanner spares as placeholders out of links', () => {
    expect(secretKinds(['Atzr|IwEBIExampleRefreshTokenValue123456789'])).not.toEqual([]);
  });
});

describe('shareQuery', () => {
  it.each<[string, Array<[string, string]>, string]>([
    [
      'drops empty inputs',
      [
        ['endpoint', 'sellingpartnerapi-eu.amazon.com'],
        ['marketplace', ''],
        ['scope', '  '],
        ['token', 'na'],
      ],
      'endpoint=sellingpartnerapi-eu.amazon.com&token=na',
    ],
    ['encodes URLs', [['url', 'https://a.example/x?a=1&b=2#f']], 'url=https%3A%2F%2Fa.example%2Fx%3Fa%3D1%26b%3D2%23f'],
    ['nothing at all', [['url', '']], ''],
  ])('%s', (_name, entries, query) => {
    expect(shareQuery(entries)).toBe(query);
  });

  it('round-trips through readToolInputs', () => {
    const used = 'https://Example.com/cb/';
    const registered = 'https://example.com/cb\nhttps://example.com/other';
    const query = shareQuery([
      ['used', used],
      ['registered', registered],
    ]);
    expect(readToolInputs('redirect-uri', new URLSearchParams(query))).toEqual({ inputs: { used, registered }, filled: true, blocked: [] });
  });
});

describe('readToolInputs', () => {
  it.each<[string, 'consent-url' | 'region' | 'token-request' | 'operation', string, object]>([
    ['no query', 'consent-url', '', { inputs: {}, filled: false, blocked: [] }],
    [
      'only its own parameters',
      'region',
      'endpoint=sellingpartnerapi-na.amazon.com&url=x&scope=us-east-1',
      {
        inputs: { endpoint: 'sellingpartnerapi-na.amazon.com', scope: 'us-east-1' },
        filled: true,
        blocked: [],
      },
    ],
    ['blank values ignored', 'consent-url', 'url=%20', { inputs: {}, filled: false, blocked: [] }],
    [
      'a secret blocks the whole link',
      'token-request',
      `request=${encodeURIComponent(`client_secret=${SECRET}`)}`,
      { inputs: {}, filled: false, blocked: ['LWA client secret'] },
    ],
    [
      'the operation checker reads op',
      'operation',
      'op=getOrderAddress%40ordersV0&url=x',
      { inputs: { op: 'getOrderAddress@ordersV0' }, filled: true, blocked: [] },
    ],
    [
      'a token pasted into op is not loaded',
      'operation',
      `op=${encodeURIComponent(`curl -H 'x-amz-access-token: ${REFRESH}'`)}`,
      { inputs: {}, filled: false, blocked: ['LWA refresh token'] },
    ],
  ])('%s', (_name, tool, query, expected) => {
    expect(readToolInputs(tool, new URLSearchParams(query))).toEqual(expected);
  });
});
