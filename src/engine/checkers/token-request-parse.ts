// Reads a pasted token request: a curl command, a raw HTTP request, a bare URL, a bare body, or
// (as a last resort) code that mentions the URL and the parameters. Never throws.
import { shellWords } from './shell-words.ts';

export type RequestSource = 'curl' | 'http' | 'url' | 'body' | 'code';

export interface Header {
  name: string;
  value: string;
}

export interface ParsedRequest {
  source: RequestSource;
  method?: string;
  url?: string;
  headers: Header[];
  body?: string;
  /** The body comes from a file (curl -d @file): its content is unknown. */
  bodyFromFile?: boolean;
  /** curl -u user:password. */
  curlUser?: string;
  /** curl -G: the data goes into the query string. */
  curlGet?: boolean;
  /** curl -F: multipart/form-data. */
  multipart?: boolean;
  /** curl --json: JSON body with Content-Type application/json. */
  curlJson?: boolean;
  /** Parameters found in code (source 'code'). */
  codeParams?: Array<[string, string]>;
}

/** Short curl options that take an argument (the rest of the word, or the next word). */
const SHORT_WITH_ARG = new Set('AbcdeEFHKmoQrTuUwxXyYz'.split(''));
const LONG_WITH_ARG = new Set([
  'url',
  'request',
  'header',
  'data',
  'data-raw',
  'data-binary',
  'data-ascii',
  'data-urlencode',
  'user',
  'form',
  'form-string',
  'json',
  'output',
  'user-agent',
  'referer',
  'cookie',
  'cookie-jar',
  'max-time',
  'connect-timeout',
  'write-out',
  'proxy',
  'cacert',
  'cert',
  'key',
  'retry',
  'resolve',
  'limit-rate',
  'config',
  'oauth2-bearer',
]);
const DATA_OPTIONS = new Set(['d', 'data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json']);

function header(line: string): Header | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  return { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
}

function urlencodePart(arg: string): string {
  const eq = arg.indexOf('=');
  if (eq === -1) return encodeURIComponent(arg);
  return `${arg.slice(0, eq)}=${encodeURIComponent(arg.slice(eq + 1))}`;
}

function applyOption(req: ParsedRequest, name: string, arg: string, data: string[]): void {
  if (DATA_OPTIONS.has(name)) {
    if (arg.startsWith('@') && name !== 'data-raw') req.bodyFromFile = true;
    else data.push(name === 'data-urlencode' ? urlencodePart(arg) : arg);
    if (name === 'json') req.curlJson = true;
  } else if (name === 'X' || name === 'request') req.method = arg.toUpperCase();
  else if (name === 'H' || name === 'header') {
    const h = header(arg);
    if (h) req.headers.push(h);
  } else if (name === 'u' || name === 'user') req.curlUser = arg;
  else if (name === 'url') req.url ??= arg;
  else if (name === 'F' || name === 'form' || name === 'form-string') {
    req.multipart = true;
    data.push(arg);
  }
}

function parseCurl(words: string[]): ParsedRequest {
  const req: ParsedRequest = { source: 'curl', headers: [] };
  const data: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq === -1 ? w.slice(2) : w.slice(2, eq);
      if (name === 'get') req.curlGet = true;
      else if (LONG_WITH_ARG.has(name)) applyOption(req, name, eq === -1 ? (words[++i] ?? '') : w.slice(eq + 1), data);
    } else if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const flag = w.charAt(j);
        if (flag === 'G') req.curlGet = true;
        if (!SHORT_WITH_ARG.has(flag)) continue;
        applyOption(req, flag, j + 1 < w.length ? w.slice(j + 1) : (words[++i] ?? ''), data);
        break;
      }
    } else req.url ??= w;
  }
  if (data.length > 0) req.body = data.join('&');
  return req;
}

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+(\S+)(?:[ \t]+HTTP\/[\d.]+)?[ \t]*$/i;

function parseHttp(lines: string[], first: number): ParsedRequest {
  const m = REQUEST_LINE.exec(lines[first] ?? '');
  const req: ParsedRequest = { source: 'http', headers: [], method: (m?.[1] ?? 'GET').toUpperCase() };
  let i = first + 1;
  for (; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) {
    const h = header(lines[i] ?? '');
    if (h) req.headers.push(h);
  }
  const body = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  if (body !== '') req.body = body;
  const target = m?.[2] ?? '';
  const host = req.headers.find((h) => h.name.toLowerCase() === 'host')?.value;
  req.url = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || !host ? target : `https://${host}${target}`;
  return req;
}

const CODE_PARAM =
  /["']?(grant_type|code|redirect_uri|refresh_token|scope|client_id|client_secret)["']?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8}["']([^"'\r\n]{0,4096})["']/g;

function parseCode(text: string): ParsedRequest | undefined {
  const url = /https?:\/\/[^\s"'`<>)]+/.exec(text)?.[0];
  const codeParams = [...text.matchAll(CODE_PARAM)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
  if (!url && codeParams.length === 0) return undefined;
  return { source: 'code', headers: [], codeParams, ...(url ? { url } : {}) };
}

/** Reads a pasted request; undefined when nothing in it looks like one. */
export function parseTokenRequest(input: string): ParsedRequest | undefined {
  const text = input
    .split(/\r?\n/)
    .filter((line) => !/^\s*```/.test(line))
    .join('\n')
    .trim()
    .replace(/^\$[ \t]+/, '');
  if (text === '') return undefined;
  if (/^curl(?:\.exe)?\s/i.test(text)) return parseCurl(shellWords(text));
  const lines = text.split('\n');
  const first = lines.findIndex((l) => REQUEST_LINE.test(l.trim()));
  if (first !== -1 && first < 3)
    return parseHttp(
      lines.map((l) => l.replace(/\r$/, '')),
      first,
    );
  if (/^https?:\/\/\S+$/i.test(text)) return { source: 'url', headers: [], url: text };
  if (/^\{[\s\S]*\}$/.test(text)) return { source: 'body', headers: [], body: text };
  if (/^[\w.%-]+=/.test(text) && !/[ \t]/.test(text)) return { source: 'body', headers: [], body: text.replace(/\s+/g, '') };
  return parseCode(text);
}
