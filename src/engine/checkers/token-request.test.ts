import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTokenRequest } from './token-request.ts';

const CLIENT = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
const SECRET = `amzn1.oa2-cs.v1.${'9f8e7d6c5b4a3210'.repeat(4)}`;
const REFRESH = 'Atzr|IwEBIMy2mTxqJH5kLa9-PtwR_zNqV4oB8sX0dYcF7gHjK3lMnOpQrStUvWxYz1234567890';
const ACCESS = 'Atza|IwEBIMy2mTxqJH5kLa9-PtwR_zNqV4oB8sX0dYcF7gHjK3lMnOpQrStUvWxYz1234567890';
const CODE = 'ANDmZWbqRMUJKfWKJyqN';
const APP = 'amzn1.sp.solution.12345678-90ab-cdef-1234-567890abcdef';
const URL = 'https://api.amazon.com/auth/o2/token';
const FORM = "-H 'Content-Type: application/x-www-form-urlencoded;charset=UTF-8'";
const REFRESH_BODY = `grant_type=refresh_token&refresh_token=${encodeURIComponent(REFRESH)}&client_id=${CLIENT}&client_secret=${SECRET}`;
const CODE_BODY = `grant_type=authorization_code&code=${CODE}&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&client_id=${CLIENT}&client_secret=${SECRET}`;

const curl = (body: string, extra = FORM, url = URL) => `curl -X POST ${url} \\\n  ${extra} \\\n  -d '${body}'`;

describe('checkTokenRequest: rows', () => {
  it.each([
    [
      'correct refresh request',
      curl(REFRESH_BODY),
      ['token-request-endpoint-ok:ok', 'token-request-content-type-ok:ok', 'token-request-grant-type-ok:ok'],
      ['*:error', '*:warning'],
    ],
    [
      'correct code exchange',
      curl(CODE_BODY),
      ['token-request-grant-type-ok:ok', 'token-request-code-lifetime:info'],
      ['*:error', '*:warning'],
    ],
    ['curl default content type', `curl ${URL} -d '${REFRESH_BODY}'`, ['token-request-content-type-ok:ok'], ['*:error', '*:warning']],
    [
      'sent to the SP-API sandbox host (SPAM#955)',
      curl(REFRESH_BODY, FORM, 'https://sandbox.sellingpartnerapi-eu.amazon.com/auth/o2/token'),
      ['token-request-spapi-host:error'],
      ['token-request-endpoint-ok:ok'],
    ],
    [
      'third-party LWA host',
      curl(REFRESH_BODY, FORM, 'https://api.amazon.co.uk/auth/o2/token'),
      ['token-request-lwa-host-unconfirmed:warning'],
      [],
    ],
    ['some other host', curl(REFRESH_BODY, FORM, 'https://sellercentral.amazon.com/auth/o2/token'), ['token-request-wrong-host:error'], []],
    ['wrong path', curl(REFRESH_BODY, FORM, 'https://api.amazon.com/auth/o2/token/'), ['token-request-wrong-path:error'], []],
    ['plain http', curl(REFRESH_BODY, FORM, 'http://api.amazon.com/auth/o2/token'), ['token-request-not-https:error'], []],
    ['no scheme in curl', curl(REFRESH_BODY, FORM, 'api.amazon.com/auth/o2/token'), ['token-request-not-https:error'], []],
    [
      'params in the query string (500)',
      `curl -X POST '${URL}?${REFRESH_BODY}'`,
      ['token-request-params-in-query:error', 'token-request-grant-type-ok:ok'],
      ['token-request-body-empty:error'],
    ],
    ['GET with query', `curl '${URL}?${REFRESH_BODY}'`, ['token-request-method:error', 'token-request-params-in-query:error'], []],
    ['curl -G', `curl -G ${URL} -d '${REFRESH_BODY}'`, ['token-request-method:error'], []],
    ['no body', `curl -X POST ${URL} ${FORM}`, ['token-request-body-empty:error', 'token-request-grant-type-missing:error'], []],
    [
      'JSON body and type',
      curl(
        JSON.stringify({ grant_type: 'refresh_token', refresh_token: REFRESH, client_id: CLIENT, client_secret: SECRET }),
        "-H 'Content-Type: application/json'",
      ),
      ['token-request-content-type-json:warning', 'token-request-grant-type-ok:ok'],
      ['*:error'],
    ],
    ['JSON body, form type', curl(JSON.stringify({ grant_type: 'refresh_token' }), FORM), ['token-request-body-mismatch:error'], []],
    [
      'form body, JSON type',
      curl(REFRESH_BODY, "-H 'Content-Type: application/json'"),
      ['token-request-body-mismatch:error', 'token-request-content-type-json:warning'],
      [],
    ],
    [
      'broken JSON',
      curl('{"grant_type": "refresh_token",', "-H 'Content-Type: application/json'"),
      ['token-request-body-invalid-json:error'],
      [],
    ],
    [
      'multipart (-F)',
      `curl ${URL} -F grant_type=refresh_token -F refresh_token=${REFRESH}`,
      ['token-request-content-type-other:error'],
      [],
    ],
    ['text/plain', curl(REFRESH_BODY, "-H 'Content-Type: text/plain'"), ['token-request-content-type-other:error'], []],
    [
      'authentication_code (SPAM#867)',
      curl(CODE_BODY.replace('authorization_code', 'authentication_code')),
      ['token-request-grant-type-unknown:error', 'token-request-code-lifetime:info'],
      [],
    ],
    [
      'Refresh_Token casing',
      curl(REFRESH_BODY.replace('grant_type=refresh_token', 'grant_type=Refresh_Token')),
      ['token-request-grant-type-unknown:error'],
      [],
    ],
    [
      'no grant_type',
      curl(`refresh_token=${REFRESH}&client_id=${CLIENT}&client_secret=${SECRET}`),
      ['token-request-grant-type-missing:error'],
      [],
    ],
    [
      'code exchange without redirect_uri (5.3)',
      curl(CODE_BODY.replace(/&redirect_uri=[^&]+/, '')),
      ['token-request-missing-redirect-uri:warning'],
      ['*:error'],
    ],
    ['code exchange without code', curl(CODE_BODY.replace(`&code=${CODE}`, '')), ['token-request-missing-code:error'], []],
    [
      'refresh without client_secret',
      curl(REFRESH_BODY.replace(`&client_secret=${SECRET}`, '')),
      ['token-request-missing-client-secret:error'],
      [],
    ],
    [
      'refresh with empty client_id',
      curl(REFRESH_BODY.replace(`client_id=${CLIENT}`, 'client_id=')),
      ['token-request-missing-client-id:error'],
      [],
    ],
    [
      'refresh with scope',
      curl(`${REFRESH_BODY}&scope=sellingpartnerapi::notifications`),
      ['token-request-scope-with-refresh-token:error'],
      [],
    ],
    [
      'grantless without scope',
      curl(`grant_type=client_credentials&client_id=${CLIENT}&client_secret=${SECRET}`),
      ['token-request-missing-scope:error'],
      [],
    ],
    [
      'grantless with refresh_token',
      curl(
        `grant_type=client_credentials&scope=sellingpartnerapi::notifications&refresh_token=${REFRESH}&client_id=${CLIENT}&client_secret=${SECRET}`,
      ),
      ['token-request-refresh-token-with-client-credentials:error'],
      ['token-request-scope-unknown:warning'],
    ],
    [
      'grantless with an unknown scope',
      curl(`grant_type=client_credentials&scope=sellingpartnerapi::orders&client_id=${CLIENT}&client_secret=${SECRET}`),
      ['token-request-scope-unknown:warning'],
      [],
    ],
    ['app id as client_id', curl(REFRESH_BODY.replace(CLIENT, APP)), ['token-request-client-id-is-app-id:error'], []],
    ['odd client_id', curl(REFRESH_BODY.replace(CLIENT, 'my-client-1234')), ['token-request-client-id-shape:warning'], []],
    ['client id as secret', curl(REFRESH_BODY.replace(SECRET, CLIENT)), ['token-request-client-secret-is-client-id:error'], []],
    [
      'access token as refresh token',
      curl(REFRESH_BODY.replace(encodeURIComponent(REFRESH), encodeURIComponent(ACCESS))),
      ['token-request-refresh-token-is-access-token:error'],
      [],
    ],
    [
      'code sent as spapi_oauth_code',
      curl(CODE_BODY.replace('&code=', '&spapi_oauth_code=')),
      ['token-request-param-typo:warning', 'token-request-missing-code:error'],
      [],
    ],
    ['camelCase clientId', curl(REFRESH_BODY.replace('client_id=', 'clientId=')), ['token-request-param-typo:warning'], []],
    ['unknown parameter', curl(`${REFRESH_BODY}&foo=bar`), ['token-request-unknown-param:info'], []],
    ['duplicate parameter', curl(`${REFRESH_BODY}&grant_type=refresh_token`), ['token-request-duplicate-param:error'], []],
    ['parameter for another grant', curl(`${REFRESH_BODY}&code=${CODE}`), ['token-request-param-not-used:info'], []],
    [
      'curl -u basic auth',
      `curl ${URL} -u '${CLIENT}:${SECRET}' -d 'grant_type=refresh_token&refresh_token=${REFRESH}'`,
      ['token-request-basic-auth:info'],
      ['*:error'],
    ],
    [
      'Basic header',
      curl(`grant_type=refresh_token&refresh_token=${REFRESH}`, `${FORM} -H 'Authorization: Basic ${btoa(`${CLIENT}:${SECRET}`)}'`),
      ['token-request-basic-auth:info'],
      ['*:error'],
    ],
    [
      '--data-urlencode, repeated',
      `curl --request POST --url ${URL} --header 'content-type: application/x-www-form-urlencoded' --data-urlencode 'grant_type=refresh_token' --data-urlencode 'refresh_token=${REFRESH}' --data-urlencode client_id=${CLIENT} --data-urlencode client_secret=${SECRET}`,
      ['token-request-endpoint-ok:ok', 'token-request-grant-type-ok:ok'],
      ['*:error', '*:warning'],
    ],
    [
      '-d @file',
      `curl -X POST ${URL} ${FORM} -d @body.txt`,
      ['token-request-body-from-file:info'],
      ['token-request-body-empty:error', 'token-request-grant-type-missing:error'],
    ],
    [
      'Windows cmd continuation',
      `curl -X POST ${URL} ^\n -H "Content-Type: application/x-www-form-urlencoded" ^\n -d "${REFRESH_BODY}"`,
      ['token-request-grant-type-ok:ok', 'token-request-content-type-ok:ok'],
      ['*:error', '*:warning'],
    ],
    [
      'raw HTTP',
      `POST /auth/o2/token HTTP/1.1\nHost: api.amazon.com\nContent-Type: application/x-www-form-urlencoded;charset=UTF-8\n\n${REFRESH_BODY}`,
      ['token-request-endpoint-ok:ok', 'token-request-content-type-ok:ok', 'token-request-grant-type-ok:ok'],
      ['*:error', '*:warning'],
    ],
    ['raw HTTP without Content-Type', `POST ${URL} HTTP/1.1\n\n${REFRESH_BODY}`, ['token-request-content-type-missing:warning'], []],
    [
      'raw HTTP GET',
      `GET ${URL}?${REFRESH_BODY} HTTP/1.1\nHost: api.amazon.com\n\n`,
      ['token-request-method:error', 'token-request-params-in-query:error'],
      [],
    ],
    ['body only', REFRESH_BODY, ['token-request-no-url:info', 'token-request-grant-type-ok:ok'], ['*:error']],
    [
      'JSON body only',
      JSON.stringify({
        grant_type: 'client_credentials',
        scope: 'sellingpartnerapi::notifications',
        client_id: CLIENT,
        client_secret: SECRET,
      }),
      ['token-request-grant-type-ok:ok'],
      ['*:error', '*:warning'],
    ],
    ['URL only', URL, ['token-request-endpoint-ok:ok', 'token-request-no-params:info'], ['*:error']],
    [
      'Python requests',
      `requests.post("${URL}", data={"grant_type": "refresh_token", "refresh_token": "${REFRESH}", "client_id": "${CLIENT}", "client_secret": "${SECRET}"})`,
      ['token-request-endpoint-ok:ok', 'token-request-grant-type-ok:ok'],
      ['*:error'],
    ],
    [
      'prose that names the URL',
      'We now post to https://api.amazon.com/auth/o2/token but the answer is a "500" server error.',
      ['token-request-no-params:info'],
      ['*:error'],
    ],
    ['markdown fence', `\`\`\`bash\n${curl(REFRESH_BODY)}\n\`\`\``, ['token-request-grant-type-ok:ok'], ['*:error']],
    ['empty', '  ', ['token-request-empty:error'], []],
    ['not a request', 'hello there', ['token-request-unrecognised:error'], []],
  ])('%s', (_name, input, expected, absent) => {
    const got = checkTokenRequest(input).findings.map((f) => `${f.id}:${f.severity}`);
    for (const e of expected) expect(got).toContain(e);
    for (const a of absent) {
      if (a.startsWith('*:')) expect(got.filter((g) => g.endsWith(a.slice(1)))).toEqual([]);
      else expect(got).not.toContain(a);
    }
  });
});

describe('checkTokenRequest: scenarios, summary, masking', () => {
  const scenarioOf = (input: string, id: string) => checkTokenRequest(input).findings.find((f) => f.id === id)?.scenario;

  it('maps findings to catalog scenarios', () => {
    expect(scenarioOf(curl(REFRESH_BODY, FORM, 'https://sellingpartnerapi-na.amazon.com/auth/o2/token'), 'token-request-spapi-host')).toBe(
      'missing-authentication-token',
    );
    expect(scenarioOf(`curl -X POST '${URL}?${REFRESH_BODY}'`, 'token-request-params-in-query')).toBe('token-request-500');
    expect(scenarioOf(curl(CODE_BODY.replace('authorization_code', 'authentication_code')), 'token-request-grant-type-unknown')).toBe(
      'lwa-bad-token-request',
    );
    expect(scenarioOf(curl(REFRESH_BODY.replace(CLIENT, APP)), 'token-request-client-id-is-app-id')).toBe('lwa-invalid-client');
    expect(scenarioOf(curl(CODE_BODY), 'token-request-code-lifetime')).toBe('lwa-invalid-grant-code');
  });

  it('suggests authorization_code for authentication_code', () => {
    const f = checkTokenRequest(curl(CODE_BODY.replace('authorization_code', 'authentication_code'))).findings.find(
      (x) => x.id === 'token-request-grant-type-unknown',
    );
    expect(f?.title).toContain('did you mean authorization_code');
  });

  it('summarises the request without values', () => {
    expect(checkTokenRequest(curl(REFRESH_BODY)).parsed).toEqual({
      source: 'curl',
      method: 'POST',
      url: URL,
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
      grantType: 'refresh_token',
      params: ['grant_type', 'refresh_token', 'client_id', 'client_secret'].map((name) => ({ name, where: 'body' })),
    });
  });

  it.each([
    ['curl', curl(CODE_BODY)],
    ['curl in the query', `curl '${URL}?${REFRESH_BODY}'`],
    ['basic auth', `curl ${URL} -u '${CLIENT}:${SECRET}' -d 'grant_type=refresh_token&refresh_token=${REFRESH}'`],
    ['wrong secret shapes', curl(`grant_type=Refresh&refresh_token=${ACCESS}&client_id=${CLIENT}&client_secret=s3cr3t-value-123`)],
  ])('masks every secret in %s', (_name, input) => {
    const result = checkTokenRequest(input);
    const out = JSON.stringify(result.findings) + JSON.stringify(result.parsed) + result.masked;
    for (const secret of [SECRET, REFRESH, encodeURIComponent(REFRESH), ACCESS, CODE, 's3cr3t-value-123'])
      expect(out).not.toContain(secret);
  });
});

describe('properties', () => {
  it('never throws and always returns an array on arbitrary strings', () => {
    const curlish = fc
      .tuple(
        fc.constantFrom('curl ', 'POST / HTTP/1.1\n', '{', 'grant_type=', ''),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', "'", '"', '\\\n', ' -d', ' -H', ' -u'),
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), curlish), (input) => {
        const result = checkTokenRequest(input);
        expect(Array.isArray(result.findings)).toBe(true);
        expect(typeof result.masked).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('never echoes a generated client secret or refresh token', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{40,80}$/);
    const grant = fc.constantFrom('refresh_token', 'authorization_code', 'client_credentials', 'refresh', 'bogus');
    fc.assert(
      fc.property(hex, token, grant, fc.boolean(), (secret, tok, g, inQuery) => {
        const body = `grant_type=${g}&refresh_token=Atzr|${tok}&client_id=${CLIENT}&client_secret=${secret}`;
        const input = inQuery ? `curl '${URL}?${body}'` : curl(body);
        const result = checkTokenRequest(input);
        const out = JSON.stringify(result);
        expect(out).not.toContain(secret);
        expect(out).not.toContain(tok);
      }),
      { numRuns: 300 },
    );
  });

  it('checks 1 MB of input in one pass (the 15 s timeout bounds it; timings belong in npm run bench)', () => {
    const big = curl(`${REFRESH_BODY}&x=${'a'.repeat(1 << 20)}`);
    const result = checkTokenRequest(big);
    expect(result.findings.some((f) => f.id === 'token-request-grant-type-ok')).toBe(true);
  }, 15_000);
});
