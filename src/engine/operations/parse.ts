// Reads what a developer pasted into what it names: identifiers that may be operation names
// (camelCase, snake_case from Python stack traces, Class.method from Java/Node traces), an HTTP method
// and path (request line, URL, curl command), a report, feed or notification type, and a model hint.
// Secrets are masked first, so nothing read here can carry one. Plain TypeScript, never throws.
import { maskSecrets } from '../secrets.ts';

export interface OperationQuery {
  /** Candidate operation names, in order of appearance, camelCase. */
  names: string[];
  /** Upper-case HTTP method, when the text gives one. */
  method?: string;
  /** Path without host, query or fragment, e.g. "/orders/v0/orders/123/address". */
  path?: string;
  /** Host of a URL, when there is one. */
  host?: string;
  /** An all-caps type name such as GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING. */
  type?: string;
  /** Model key from the "name@modelKey" form that share links use. */
  model?: string;
  /** Version hint from a class name such as OrdersV0Api ("v0"). */
  versionHint?: string;
}

/** Longest text read; operation inputs are short, and a long paste is cut, not refused. */
export const MAX_INPUT = 8000;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const URL_RE = /\bhttps?:\/\/([A-Za-z0-9.-]+)(?::\d+)?(\/[^\s'"`<>\\]*)?/;
const REQUEST_LINE_RE = /(?:^|[\s'"])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\/[^\s'"`<>]*)/;
const METHOD_URL_RE = /(?:^|[\s'"])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+https?:\/\//;
const BARE_PATH_RE = /(?:^|[\s'"(=])(\/[A-Za-z][A-Za-z0-9_-]*(?:\/[^\s'"`<>)]*)?)/;
const CURL_METHOD_RE = /(?:^|\s)(?:-X|--request)\s*['"]?([A-Za-z]+)/;
const CURL_DATA_RE = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?:\s|=)/;
const TYPE_RE = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,15})(?![A-Za-z0-9_])/g;
const SHARE_FORM_RE = /^([A-Za-z][A-Za-z0-9]{1,80})@([A-Za-z0-9_.-]{1,80})(?:\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,15}))?$/;
const IDENT_RE = /[A-Za-z_][A-Za-z0-9_]{2,80}/g;
const VERSION_CLASS_RE = /(?:^|[^A-Za-z])[A-Za-z]+?(V\d{1,2}|_?\d{4}_\d{2}_\d{2})(?:Api|_api|\b)/;

/** get_order_address -> getOrderAddress; other identifiers unchanged. */
export function snakeToCamel(word: string): string {
  if (!word.includes('_') || word !== word.toLowerCase()) return word;
  return word.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^_+|_+$/g, '');
}

function cleanPath(raw: string): string {
  let path = raw.split(/[?#]/)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep it as typed.
  }
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

export function parseOperationInput(input: unknown): OperationQuery {
  const raw = typeof input === 'string' ? input.slice(0, MAX_INPUT) : '';
  const text = maskSecrets(raw).text.trim();
  const query: OperationQuery = { names: [] };
  if (text === '') return query;

  const share = SHARE_FORM_RE.exec(text);
  if (share) return { names: [share[1] ?? ''], model: share[2] ?? '', ...(share[3] ? { type: share[3] } : {}) };

  const url = URL_RE.exec(text);
  const line = REQUEST_LINE_RE.exec(text);
  if (url) {
    query.host = (url[1] ?? '').toLowerCase();
    if (url[2]) query.path = cleanPath(url[2]);
  } else if (line) {
    query.path = cleanPath(line[2] ?? '');
  } else {
    const bare = BARE_PATH_RE.exec(text);
    if (bare && /\/(?:v\d{1,2}|\d{4}-\d{2}-\d{2})(?:\/|$)/.test(bare[1] ?? '')) query.path = cleanPath(bare[1] ?? '');
  }
  const method = line?.[1] ?? METHOD_URL_RE.exec(text)?.[1] ?? CURL_METHOD_RE.exec(text)?.[1]?.toUpperCase();
  if (method && METHODS.includes(method)) query.method = method;
  else if (query.path && /^\s*curl\b/.test(text)) query.method = CURL_DATA_RE.test(text) ? 'POST' : 'GET';

  for (const m of text.matchAll(TYPE_RE)) {
    const t = m[1] ?? '';
    // "GET" alone in a request line has no underscore, so it never gets here; HTTP_403 and the like are skipped.
    if (/^(?:HTTP|X_AMZ|AWS4|SP_API)_/.test(t)) continue;
    query.type = t;
    break;
  }

  // Identifiers outside the URL and path: operation names, Class.method, snake_case functions.
  let rest = text;
  if (url) rest = rest.replace(url[0], ' ');
  if (query.path) rest = rest.split(query.path).join(' ');
  const seen = new Set<string>();
  for (const m of rest.matchAll(IDENT_RE)) {
    const word = snakeToCamel(m[0]);
    if (word === query.type || seen.has(word)) continue;
    seen.add(word);
    query.names.push(word);
    if (query.names.length >= 40) break;
  }
  const hint = VERSION_CLASS_RE.exec(rest)?.[1];
  if (hint) query.versionHint = hint.startsWith('V') ? hint.toLowerCase() : hint.replace(/^_/, '').replace(/_/g, '-');
  return query;
}
