// Token request checker: a pasted curl command, raw HTTP request, URL or body for the LWA token
// endpoint. Every text it returns is secret-masked.
import { LWA_TOKEN_HOST, LWA_TOKEN_PATH, LWA_TOKEN_URL } from '../oauth-reference.ts';
import { lookupSpApiHost } from '../regions.ts';
import { isPlaceholder } from '../secret-chars.ts';
import { MASK_BULLETS, maskSecrets, type SecretFinding } from '../secrets.ts';
import type { Finding } from './finding.ts';
import { bodyFindings, effectiveMethod, formParams, methodFindings, queryParamFindings } from './token-request-http.ts';
import { checkTokenParams, type TokenParamValue } from './token-request-params.ts';
import { parseTokenRequest, type ParsedRequest, type RequestSource } from './token-request-parse.ts';
import { shorten } from './text.ts';
import { splitUri } from './uri-parts.ts';

export interface TokenRequestSummary {
  source: RequestSource;
  method?: string;
  /** The URL, secret-masked. */
  url?: string;
  contentType?: string;
  grantType?: string;
  /** Parameter names and where they were found (values are not repeated here). */
  params: Array<{ name: string; where: TokenParamValue['where'] }>;
}

export interface TokenRequestResult {
  findings: Finding[];
  /** The input with every secret masked. */
  masked: string;
  parsed?: TokenRequestSummary;
}

function endpointFindings(url: string | undefined, source: RequestSource): { findings: Finding[]; query: TokenParamValue[] } {
  if (url === undefined || url === '') {
    return {
      findings: [
        {
          id: 'token-request-no-url',
          severity: 'info',
          field: 'url',
          title: 'No URL in what was pasted',
          why: `The token request is a POST to ${LWA_TOKEN_URL}.`,
        },
      ],
      query: [],
    };
  }
  // curl without a scheme uses http://; elsewhere a bare host is read as https://.
  const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `${source === 'curl' ? 'http' : 'https'}://${url}`;
  const parts = splitUri(full);
  if (!parts) {
    return {
      findings: [
        {
          id: 'token-request-url-invalid',
          severity: 'error',
          field: 'url',
          title: `Not a URL: ${shorten(url, 60)}`,
          why: `The token request goes to ${LWA_TOKEN_URL}.`,
          fix: `POST to ${LWA_TOKEN_URL}.`,
        },
      ],
      query: [],
    };
  }
  const findings: Finding[] = [];
  const host = parts.host.toLowerCase();
  const query = parts.query === undefined ? [] : formParams(parts.query, 'query');
  if (lookupSpApiHost(host)) {
    findings.push({
      id: 'token-request-spapi-host',
      severity: 'error',
      scenario: 'missing-authentication-token',
      field: 'host',
      title: `The token request goes to the SP-API endpoint ${host}`,
      why: 'The SP-API endpoint does not issue tokens; it answers 403 MissingAuthenticationToken (x-amzn-ErrorType: MissingAuthenticationTokenException).',
      fix: `POST to ${LWA_TOKEN_URL}.`,
    });
  } else if (host === LWA_TOKEN_HOST || /^api\.amazon\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/.test(host)) {
    if (host !== LWA_TOKEN_HOST) {
      findings.push({
        id: 'token-request-lwa-host-unconfirmed',
        severity: 'warning',
        field: 'host',
        title: `${host} is not the documented LWA host`,
        why: `The SP-API docs use only ${LWA_TOKEN_HOST}; hosts such as api.amazon.co.uk or api.amazon.co.jp appear in third-party code only and are not confirmed for SP-API.`,
        fix: `Use ${LWA_TOKEN_URL} for every region.`,
      });
    }
    if (parts.path !== LWA_TOKEN_PATH) {
      findings.push({
        id: 'token-request-wrong-path',
        severity: 'error',
        field: 'path',
        title: `Path is "${shorten(parts.path || '/', 60)}", not ${LWA_TOKEN_PATH}`,
        why: 'The token endpoint is /auth/o2/token (lower case, no trailing slash).',
        fix: `POST to ${LWA_TOKEN_URL}.`,
      });
    } else if (host === LWA_TOKEN_HOST && parts.scheme.toLowerCase() === 'https') {
      findings.push({
        id: 'token-request-endpoint-ok',
        severity: 'ok',
        field: 'url',
        title: `Endpoint is ${LWA_TOKEN_URL}`,
        why: 'The one LWA token endpoint for every region.',
      });
    }
  } else {
    findings.push({
      id: 'token-request-wrong-host',
      severity: 'error',
      field: 'host',
      title: `${shorten(host, 60)} is not the LWA token endpoint`,
      why: `Access and refresh tokens come from Login with Amazon at ${LWA_TOKEN_URL}.`,
      fix: `POST to ${LWA_TOKEN_URL}.`,
    });
  }
  if (parts.scheme.toLowerCase() !== 'https') {
    findings.push({
      id: 'token-request-not-https',
      severity: 'error',
      field: 'url',
      title: `The request uses ${parts.scheme}://${/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? '' : " (curl's default without a scheme)"}`,
      why: 'The token request carries your client secret; LWA is served over HTTPS.',
      fix: `Use ${LWA_TOKEN_URL}.`,
    });
  }
  return { findings, query };
}

function basicAuthParams(req: ParsedRequest): TokenParamValue[] {
  let pair = req.curlUser;
  const header = req.headers.find((h) => h.name.toLowerCase() === 'authorization')?.value;
  const b64 = header ? /^basic\s+(\S+)/i.exec(header)?.[1] : undefined;
  if (pair === undefined && b64 !== undefined) {
    try {
      pair = atob(b64);
    } catch {
      pair = undefined;
    }
  }
  if (pair === undefined) return [];
  const colon = pair.indexOf(':');
  const user = colon === -1 ? pair : pair.slice(0, colon);
  const password = colon === -1 ? '' : pair.slice(colon + 1);
  return [
    { name: 'client_id', value: user, where: 'basic-auth' },
    { name: 'client_secret', value: password, where: 'basic-auth' },
  ];
}

const SECRET_PARAMS: ReadonlySet<string> = new Set(['client_secret', 'refresh_token', 'code']);

/**
 * Replaces every secret in a message: what maskSecrets finds in the input, plus the values of the
 * secret parameters (except plain words and placeholders such as client_secret=client_secret).
 */
function redactor(input: string, found: readonly SecretFinding[], params: readonly TokenParamValue[]): (s: string) => string {
  const paramValues = params.filter((p) => SECRET_PARAMS.has(p.name)).map((p) => p.value);
  const values = [...found.map((f) => input.slice(f.start, f.end)), ...paramValues];
  const secrets = [...new Set(values.filter((v) => v.length >= 4 && !/^[a-z_]+$/.test(v) && !isPlaceholder(v)))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 64);
  return (s) => secrets.reduce((acc, v) => acc.split(v).join(MASK_BULLETS), maskSecrets(s).text);
}

/** Checks a pasted LWA token request. Never throws; every returned text is secret-masked. */
export function checkTokenRequest(input: string): TokenRequestResult {
  const text = typeof input === 'string' ? input : '';
  const { text: masked, found } = maskSecrets(text);
  const req = parseTokenRequest(text);
  if (!req) {
    const empty = text.trim() === '';
    return {
      masked,
      findings: [
        {
          id: empty ? 'token-request-empty' : 'token-request-unrecognised',
          severity: 'error',
          title: empty ? 'Nothing to check' : 'This does not look like a token request',
          why: 'Paste a curl command, a raw HTTP request (request line, headers, blank line, body), or the URL or body alone.',
          fix: `The request is a POST to ${LWA_TOKEN_URL} with a form body: grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…`,
        },
      ],
    };
  }
  const endpoint = endpointFindings(req.url, req.source);
  const body = bodyFindings(req);
  const basic = basicAuthParams(req);
  const code = (req.codeParams ?? []).map(([name, value]): TokenParamValue => ({ name, value, where: 'code' }));
  const params = [...body.params, ...endpoint.query.filter((p) => p.name !== ''), ...basic, ...code];
  const findings: Finding[] = [...endpoint.findings, ...methodFindings(req), ...queryParamFindings(endpoint.query), ...body.findings];
  const noParams = req.body === undefined && !req.bodyFromFile && endpoint.query.length === 0 && code.length === 0;
  if (noParams && (req.source === 'curl' || req.source === 'http')) {
    findings.push({
      id: 'token-request-body-empty',
      severity: 'error',
      scenario: 'token-request-500',
      field: 'body',
      title: 'The request has no body',
      why: 'The token request carries grant_type, the token or code, client_id and client_secret in a form-encoded body.',
      fix: "Add the parameters as the body, e.g. curl -d 'grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…'.",
    });
  }
  if (basic.length > 0) {
    findings.push({
      id: 'token-request-basic-auth',
      severity: 'info',
      field: 'Authorization',
      title: 'Client credentials are sent as HTTP Basic auth',
      why: 'Login with Amazon accepts Authorization: Basic base64(client_id:client_secret); the SP-API guide sends client_id and client_secret in the body instead.',
      fix: 'If LWA answers invalid_client, try sending them in the body.',
    });
  }
  if (params.length === 0 && (req.source === 'code' || req.source === 'url')) {
    findings.push({
      id: 'token-request-no-params',
      severity: 'info',
      field: 'body',
      title: 'No token parameters found',
      why: 'Only the URL could be read, so grant_type, client_id and the rest were not checked.',
      fix: 'Paste the whole request (curl command or raw HTTP) to check its parameters; secrets are masked.',
    });
  } else if (!req.bodyFromFile || params.length > 0) {
    findings.push(...checkTokenParams(params));
  }
  const redact = redactor(text, found, params);
  const clean = (f: Finding): Finding => ({
    ...f,
    title: redact(f.title),
    why: redact(f.why),
    ...(f.fix !== undefined ? { fix: redact(f.fix) } : {}),
  });
  const method = effectiveMethod(req);
  const grantType = params.find((p) => p.name === 'grant_type')?.value;
  const parsed: TokenRequestSummary = {
    source: req.source,
    params: params.map((p) => ({ name: redact(p.name), where: p.where })),
    ...(method ? { method } : {}),
    ...(req.url ? { url: redact(req.url) } : {}),
    ...(body.contentType ? { contentType: redact(body.contentType) } : {}),
    ...(grantType !== undefined ? { grantType: redact(grantType) } : {}),
  };
  return { findings: findings.map(clean), masked, parsed };
}
