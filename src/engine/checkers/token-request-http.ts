// Method, Content-Type and body of a token request.
import { FORM_CONTENT_TYPE, TOKEN_PARAMS } from '../oauth-reference.ts';
import type { Finding } from './finding.ts';
import type { TokenParamValue } from './token-request-params.ts';
import type { ParsedRequest } from './token-request-parse.ts';
import { safeDecode, shorten } from './text.ts';

const SCENARIO = 'token-request-500';

/** name=value pairs of a form or query string; `+` is a space, escapes decoded where valid. */
export function formParams(text: string, where: TokenParamValue['where']): TokenParamValue[] {
  const decode = (s: string) => {
    const plus = s.replace(/\+/g, ' ');
    return safeDecode(plus) ?? plus;
  };
  return text
    .split('&')
    .filter((p) => p !== '')
    .map((piece) => {
      const eq = piece.indexOf('=');
      return { name: decode(eq === -1 ? piece : piece.slice(0, eq)), value: eq === -1 ? '' : decode(piece.slice(eq + 1)), where };
    });
}

/** The JSON object's members as parameters; undefined when the body is not a JSON object. */
function jsonParams(body: string): TokenParamValue[] | undefined {
  try {
    const data: unknown = JSON.parse(body);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    return Object.entries(data as Record<string, unknown>).map(([name, v]) => ({
      name,
      value: typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
      where: 'body' as const,
    }));
  } catch {
    return undefined;
  }
}

export function effectiveMethod(req: ParsedRequest): string | undefined {
  if (req.source === 'http') return req.method;
  if (req.source !== 'curl') return undefined;
  if (req.method) return req.method;
  if (req.curlGet) return 'GET';
  return req.body !== undefined || req.bodyFromFile || req.multipart ? 'POST' : 'GET';
}

export function methodFindings(req: ParsedRequest): Finding[] {
  const method = effectiveMethod(req);
  if (method === undefined || method === 'POST') return [];
  return [
    {
      id: 'token-request-method',
      severity: 'error',
      scenario: SCENARIO,
      field: 'method',
      title: `The request uses ${shorten(method, 20)}, not POST${req.curlGet ? ' (curl -G)' : ''}`,
      why: 'The token endpoint takes a POST with the parameters in the body.',
      fix: req.curlGet ? 'Remove -G (it turns the data into a query string).' : 'Send the request as POST.',
    },
  ];
}

interface ContentType {
  value?: string;
  /** Set by curl rather than written by the user. */
  implied: boolean;
}

function contentType(req: ParsedRequest): ContentType {
  const written = req.headers.filter((h) => h.name.toLowerCase() === 'content-type').pop()?.value;
  if (written !== undefined) return { value: written, implied: false };
  if (req.source !== 'curl') return { implied: false };
  if (req.curlJson) return { value: 'application/json', implied: true };
  if (req.multipart) return { value: 'multipart/form-data', implied: true };
  return req.body !== undefined ? { value: FORM_CONTENT_TYPE, implied: true } : { implied: false };
}

function contentTypeFindings(req: ParsedRequest, ct: ContentType): Finding[] {
  if (req.source !== 'curl' && req.source !== 'http') return [];
  const field = 'Content-Type';
  const v = ct.value?.toLowerCase() ?? '';
  if (v.startsWith(FORM_CONTENT_TYPE)) {
    return [
      {
        id: 'token-request-content-type-ok',
        severity: 'ok',
        field,
        title: `Content-Type: ${FORM_CONTENT_TYPE}${ct.implied ? ' (set by curl for -d)' : ''}`,
        why: 'That is the format the developer guide uses for the token request.',
      },
    ];
  }
  if (v.startsWith('application/json')) {
    return [
      {
        id: 'token-request-content-type-json',
        severity: 'warning',
        scenario: SCENARIO,
        field,
        title: `Content-Type is JSON, not ${FORM_CONTENT_TYPE}`,
        why: "The developer guide and the errors page ask for a form-encoded body, yet Amazon's own Java and C# helper libraries post JSON, so LWA appears to take both.",
        fix: `If you get HTTP 500 or invalid_request, send Content-Type: ${FORM_CONTENT_TYPE};charset=UTF-8 with a form body.`,
      },
    ];
  }
  if (ct.value === undefined) {
    if (req.body === undefined) return [];
    return [
      {
        id: 'token-request-content-type-missing',
        severity: 'warning',
        scenario: SCENARIO,
        field,
        title: 'No Content-Type header',
        why: 'Without it LWA cannot tell how to read the body; malformed headers on the token request are a documented cause of HTTP 500.',
        fix: `Add Content-Type: ${FORM_CONTENT_TYPE};charset=UTF-8.`,
      },
    ];
  }
  return [
    {
      id: 'token-request-content-type-other',
      severity: 'error',
      scenario: SCENARIO,
      field,
      title: `Content-Type is ${shorten(ct.value, 60)}${ct.implied ? ' (curl -F)' : ''}`,
      why: 'The token endpoint reads a form-encoded body; a wrong Content-Type is a documented cause of HTTP 500.',
      fix: `Send Content-Type: ${FORM_CONTENT_TYPE};charset=UTF-8${ct.implied ? ' and use -d instead of -F' : ''}.`,
    },
  ];
}

/** Content-Type and body checks, and the parameters read from the body. */
export function bodyFindings(req: ParsedRequest): { findings: Finding[]; params: TokenParamValue[]; contentType?: string } {
  const ct = contentType(req);
  const findings = contentTypeFindings(req, ct);
  const withType = (params: TokenParamValue[]) => ({ findings, params, ...(ct.value ? { contentType: ct.value } : {}) });
  if (req.bodyFromFile) {
    findings.push({
      id: 'token-request-body-from-file',
      severity: 'info',
      field: 'body',
      title: 'The body is read from a file (-d @file), so its parameters could not be checked',
      why: 'Only what is pasted can be checked.',
      fix: "Paste the file's content as the body (with secrets, they are masked here) to check it.",
    });
  }
  const body = req.body?.trim();
  if (body === undefined || body === '') return withType([]);
  const ctValue = ct.value?.toLowerCase() ?? '';
  const looksJson = body.startsWith('{');
  if (looksJson !== ctValue.startsWith('application/json') && ctValue !== '' && !ctValue.startsWith('multipart/')) {
    findings.push({
      id: 'token-request-body-mismatch',
      severity: 'error',
      scenario: SCENARIO,
      field: 'body',
      title: looksJson ? 'The body is JSON but Content-Type says form-encoded' : 'The body is form-encoded but Content-Type says JSON',
      why: 'LWA reads the body according to Content-Type, so it finds no parameters.',
      fix: `Send a form body (grant_type=…&client_id=…) with Content-Type: ${FORM_CONTENT_TYPE}.`,
    });
  }
  if (!looksJson) return withType(formParams(body, 'body'));
  const params = jsonParams(body);
  if (params) return withType(params);
  findings.push({
    id: 'token-request-body-invalid-json',
    severity: 'error',
    scenario: SCENARIO,
    field: 'body',
    title: 'The body starts with { but is not valid JSON',
    why: 'LWA cannot read the parameters.',
    fix: `Send a form body with Content-Type: ${FORM_CONTENT_TYPE}.`,
  });
  return withType([]);
}

/** Token parameters in the URL's query string (they belong in the body). */
export function queryParamFindings(query: TokenParamValue[]): Finding[] {
  const names = [...new Set(query.map((p) => p.name).filter((n) => (TOKEN_PARAMS as readonly string[]).includes(n)))];
  if (names.length === 0) return [];
  return [
    {
      id: 'token-request-params-in-query',
      severity: 'error',
      scenario: SCENARIO,
      field: 'query',
      title: `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} in the query string`,
      why: 'The token request carries its parameters in the body. Parameters in the query string are a documented cause of HTTP 500 from the token endpoint.',
      fix: `Move them into a form body: POST https://api.amazon.com/auth/o2/token with Content-Type: ${FORM_CONTENT_TYPE} and grant_type=…&client_id=…&client_secret=… as the body.`,
    },
  ];
}
