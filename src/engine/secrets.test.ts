import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, hasSecret, maskSecrets, MASK_BULLETS } from './secrets.ts';

const B = MASK_BULLETS;
const HEX64 = '0123456789abcdef'.repeat(4);
const TOKEN = 'IwEBIMy2mTxqJH5kLa9-PtwR_zNqV4oB8sX0dYcF7gHjK3lMnOpQrStUvWxYz1234567890abcdefghij';
const SECRET40 = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz12Qwerty';
const KEY_ID = 'AKIAQWERTYUIOPASDFGH';

describe('findSecrets / maskSecrets: recognised values', () => {
  it.each([
    ['access token', `x-amz-access-token: Atza|${TOKEN}`, ['lwa-access-token'], `x-amz-access-token: Atza|${B}`],
    ['refresh token in JSON', `{"refresh_token": "Atzr|${TOKEN}"}`, ['lwa-refresh-token'], `{"refresh_token": "Atzr|${B}"}`],
    ['refresh token, DG21 typo', `Aztr|${TOKEN}`, ['lwa-refresh-token'], `Aztr|${B}`],
    ['refresh token URL-encoded', `refresh_token=Atzr%7C${TOKEN}&x=1`, ['lwa-refresh-token'], `refresh_token=Atzr%7C${B}&x=1`],
    ['grantless token', `token Atc|${TOKEN}.`, ['grantless-token'], `token Atc|${B}`],
    ['RDT', `"restrictedDataToken":"Atz.sprdt|${TOKEN}"`, ['restricted-data-token'], `"restrictedDataToken":"Atz.sprdt|${B}"`],
    ['client secret, prefixed', `secret amzn1.oa2-cs.v1.${HEX64} here`, ['lwa-client-secret'], `secret amzn1.oa2-cs.v1.${B} here`],
    [
      'client secret, bare hex in form',
      `grant_type=refresh_token&client_secret=${HEX64}`,
      ['lwa-client-secret'],
      `grant_type=refresh_token&client_secret=${B}`,
    ],
    ['client secret, JSON', `{"client_secret": "${HEX64}"}`, ['lwa-client-secret'], `{"client_secret": "${B}"}`],
    ['client secret, Python kwarg', `lwa_client_secret='${HEX64}',`, ['lwa-client-secret'], `lwa_client_secret='${B}',`],
    ['client secret, PHP array', `'lwaClientSecret' => '${HEX64}'`, ['lwa-client-secret'], `'lwaClientSecret' => '${B}'`],
    ['client secret, C#', `ClientSecret = "${HEX64}",`, ['lwa-client-secret'], `ClientSecret = "${B}",`],
    ['client secret, env', `LWA_CLIENT_SECRET=${HEX64}\n`, ['lwa-client-secret'], `LWA_CLIENT_SECRET=${B}\n`],
    ['AWS key id', `key ${KEY_ID} used`, ['aws-access-key-id'], `key AKIA${B} used`],
    ['STS key id', `ASIAQWERTYUIOPASDFGH`, ['aws-access-key-id'], `ASIA${B}`],
    ['AWS secret after key id', `${KEY_ID} ${SECRET40}`, ['aws-access-key-id', 'aws-secret-key'], `AKIA${B} ${B}`],
    ['AWS secret, python', `aws_secret_key='${SECRET40}'`, ['aws-secret-key'], `aws_secret_key='${B}'`],
    ['AWS secret, JS', `secretAccessKey: "${SECRET40}"`, ['aws-secret-key'], `secretAccessKey: "${B}"`],
    ['AWS secret, C#', `SecretKey = "${SECRET40}"`, ['aws-secret-key'], `SecretKey = "${B}"`],
    ['AWS secret, ini', `aws_secret_access_key = ${SECRET40}`, ['aws-secret-key'], `aws_secret_access_key = ${B}`],
    [
      'SigV4 header',
      `Authorization: AWS4-HMAC-SHA256 Credential=${KEY_ID}/20240101/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${HEX64}`,
      ['aws-access-key-id', 'sigv4-signature'],
      `Authorization: AWS4-HMAC-SHA256 Credential=AKIA${B}/20240101/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${B}`,
    ],
    [
      'SigV4 with an LWA client id as key id',
      'Credential=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef/20240101/us-east-1/execute-api/aws4_request',
      ['aws-access-key-id'],
      `Credential=${B}/20240101/us-east-1/execute-api/aws4_request`,
    ],
    [
      'session token header',
      `x-amz-security-token: FwoGZXIvYXdzEJr//////////wEaDAbc123`,
      ['aws-session-token'],
      `x-amz-security-token: ${B}`,
    ],
    ['bearer header', `Authorization: Bearer ${TOKEN}`, ['authorization-header'], `Authorization: Bearer ${B}`],
    ['basic header', `-H 'Authorization: Basic YW16bjEuYXBwOnNlY3JldDEyMw=='`, ['authorization-header'], `-H 'Authorization: Basic ${B}'`],
    [
      'curl -u',
      `curl -u 'amzn1.application-oa2-client.abc:${HEX64}' https://api.amazon.com/auth/o2/token`,
      ['basic-auth-password'],
      `curl -u 'amzn1.application-oa2-client.abc:${B}' https://api.amazon.com/auth/o2/token`,
    ],
    [
      'spapi_oauth_code in redirect',
      'https://x.example/cb?state=1&spapi_oauth_code=ANDmZWbqRMUJKfWKJyqN&selling_partner_id=A3',
      ['oauth-code'],
      `https://x.example/cb?state=1&spapi_oauth_code=${B}&selling_partner_id=A3`,
    ],
    [
      'mws_auth_token, DG21 example',
      'mws_auth_token=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE',
      [],
      'mws_auth_token=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE',
    ],
    [
      'mws_auth_token real',
      'mws_auth_token=amzn.mws.4ea38b7b-f563-7709-4bae-87aea1234567',
      ['mws-auth-token'],
      `mws_auth_token=amzn.mws.${B}`,
    ],
    [
      'code= in a token body',
      'grant_type=authorization_code&code=ANDmZWbqRMUJKfWKJyqN&redirect_uri=x',
      ['oauth-code'],
      `grant_type=authorization_code&code=${B}&redirect_uri=x`,
    ],
    [
      '"code" in a JSON token body',
      '{"grant_type":"authorization_code","code":"RHJWjMtvxlUygDpOfbhk"}',
      ['oauth-code'],
      `{"grant_type":"authorization_code","code":"${B}"}`,
    ],
    [
      'secret pasted twice',
      `client_secret=${HEX64}\nI also tried ${HEX64}`,
      ['lwa-client-secret', 'lwa-client-secret'],
      `client_secret=${B}\nI also tried ${B}`,
    ],
  ])('%s', (_name, input, kinds, masked) => {
    const result = maskSecrets(input);
    expect(result.found.map((f) => f.kind)).toEqual(kinds);
    expect(result.text).toBe(masked);
  });
});

describe('findSecrets: left alone', () => {
  it.each([
    ['prose about prefixes', 'Refresh tokens start with `Atzr|` and access tokens with `Atza|`.'],
    ['docs example token', 'x-amz-access-token: Atza|IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSREXAMPLE'],
    ['AWS docs key pair', 'AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['REDACTED', 'refresh_token=REDACTED&client_secret=REDACTED'],
    ['XXXXX in python', "credentials = dict(refresh_token='XXXXX', lwa_client_secret='XXXXX', aws_secret_key='XXXXX')"],
    ['variables', 'ClientSecret = amazonSettings.LwaClientSecret,\nRefreshToken = amazonSettings.LwaRefreshToken,'],
    ['shell variables', 'curl -d "client_secret=$CLIENT_SECRET&refresh_token=${REFRESH}"'],
    ['angle placeholders', 'client_secret=<your client secret>&refresh_token={{refresh}}'],
    ['SP-API error code', '{"errors": [{"code": "Unauthorized", "message": "Access to requested resource is denied."}]}'],
    ['error code next to a grant type', 'grant_type=refresh_token gave {"code": "InvalidInput"}'],
    ['code= without a token request', 'https://example.com/cb?code=ANDmZWbqRMUJKfWKJyqN'],
    ['client id', 'client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef'],
    ['app id', 'application_id=amzn1.sp.solution.12345678-1234-1234-1234-123456789012'],
    ['40 chars without an access key', 'commit 0123456789abcdef0123456789abcdef01234567'],
    ['quoted prose', '"client_secret": "see the docs"'],
    ['grant type value', 'grant_type=refresh_token'],
    ['masked text', `Atzr|${B} client_secret=${B} AKIA${B}`],
  ])('%s', (_name, input) => {
    expect(findSecrets(input)).toEqual([]);
    expect(hasSecret(input)).toBe(false);
  });
});

describe('findSecrets: spans and labels', () => {
  it('reports kind, label and the exact span', () => {
    const text = `token: Atzr|${TOKEN} end`;
    const [f] = findSecrets(text);
    expect(f).toMatchObject({ kind: 'lwa-refresh-token', label: 'LWA refresh token', mask: `Atzr|${B}` });
    expect(text.slice(f?.start, f?.end)).toBe(`Atzr|${TOKEN}`);
  });

  it('never returns overlapping findings', () => {
    const found = findSecrets(`refresh_token: "Atzr|${TOKEN}", x-amz-access-token: Atza|${TOKEN}`);
    expect(found.map((f) => f.kind)).toEqual(['lwa-refresh-token', 'lwa-access-token']);
    found.reduce((end, f) => {
      expect(f.start).toBeGreaterThanOrEqual(end);
      return f.end;
    }, 0);
  });
});

describe('linear time', () => {
  const MB = 1 << 20;
  it.each([
    ['random-looking base64', 'aB3+/'.repeat(MB / 5)],
    ['many prefixes', 'Atzr|'.repeat(MB / 5)],
    ['many keys', 'client_secret='.repeat(MB / 14)],
    ['unclosed quotes', 'client_secret="'.repeat(MB / 15)],
    ['keys and spaces', 'refresh_token:          '.repeat(MB / 24)],
    ['access keys', `${KEY_ID} `.repeat(MB / 21)],
    ['long hex', 'a'.repeat(MB)],
    ['uppercase run', 'AKIA'.repeat(MB / 4)],
    ['auth headers', 'Authorization: Bearer '.repeat(MB / 22)],
    ['curl users', ' -u a'.repeat(MB / 5)],
    ['glued signatures', 'Signature='.repeat(MB / 10)],
    ['glued encoded tokens', 'Atza%7C'.repeat(MB / 7)],
    ['glued keys, 4 KB runs', `${'client_secret='.repeat(290)} `.repeat(MB / 4061)],
    ['glued quoted keys', '"refresh_token":"'.repeat(MB / 17)],
    ['real secrets', `client_secret=${HEX64}&refresh_token=Atzr|${TOKEN}\n`.repeat(MB / 200)],
  ])(
    '1 MB of %s is masked in one pass (a quadratic scan would outlast the timeout)',
    (_name, input) => {
      // No wall-clock assertion (timings belong in `npm run bench`): a linear scan takes milliseconds, a
      // backtracking one takes minutes, so the 15 s test timeout is the bound.
      const { text } = maskSecrets(input);
      expect(maskSecrets(text).text).toBe(text);
    },
    15_000,
  );
});

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom('=', '&', '"', "'", ':', ' ', '\n', '|', '%7C', '•', '/', 'code', 'AKIA', 'grant_type'),
);
const secret = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{20,80}$/).map((s) => `Atzr|${s}`),
  fc.stringMatching(/^[A-Za-z0-9+/]{20,80}$/).map((s) => `Atza|${s}`),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((s) => `amzn1.oa2-cs.v1.${s}`),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((s) => `client_secret=${s}`),
  fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`),
  fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s} ${SECRET40}`),
  fc.stringMatching(/^[A-Za-z0-9]{20}$/).map((s) => `"refresh_token": "x${s}1"`),
);
const pasted = fc.array(fc.oneof(junk, secret), { maxLength: 12 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('never throws on arbitrary strings and finds sorted, in-range spans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), pasted), (text) => {
        const found = findSecrets(text);
        let end = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          end = f.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: masking masked text changes nothing', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        const once = maskSecrets(text).text;
        const twice = maskSecrets(once);
        expect(twice.text).toBe(once);
        expect(twice.found).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('masked text contains none of the found values', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        const { text: masked, found } = maskSecrets(text);
        for (const f of found) expect(masked).not.toContain(text.slice(f.start, f.end));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every generated secret', () => {
    fc.assert(
      fc.property(secret, (s) => {
        expect(hasSecret(` ${s} `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
