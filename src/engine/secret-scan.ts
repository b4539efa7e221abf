// The scanners behind secrets.ts. Each regex starts with a literal or a fixed-length class and every
// variable-length run is read by hand through a RunReader, so a scan is linear in the text.
// The shapes are those of Amazon's LWA tokens, client secrets and AWS keys; the lengths are loose on purpose.
import {
  ALNUM,
  ALNUM_DASH,
  AWS_SECRET_CHAR,
  BARE,
  BULLET,
  KEY_ID_CHAR,
  NOT_SPACE_OR_QUOTE,
  RunReader,
  TOKEN_BODY,
  isPlaceholder,
  type CharTest,
} from './secret-chars.ts';
import { prefixKind, SECRET_PREFIXES } from './secret-prefixes.ts';

export type SecretKind =
  | 'lwa-access-token'
  | 'lwa-refresh-token'
  | 'grantless-token'
  | 'restricted-data-token'
  | 'lwa-client-secret'
  | 'aws-access-key-id'
  | 'aws-secret-key'
  | 'aws-session-token'
  | 'sigv4-signature'
  | 'authorization-header'
  | 'oauth-code'
  | 'mws-auth-token'
  | 'basic-auth-password';

export interface Candidate {
  kind: SecretKind;
  start: number;
  end: number;
  /** How many leading characters stay visible in the mask (the recognisable prefix). */
  keep: number;
  /** Breaks ties between candidates with the same span: a recognised prefix beats a bare context. */
  priority: number;
}

/** Shortest value taken for a secret. */
export const MIN_VALUE = 8;
/** Real values (hex secrets, Atz… tokens, codes, signatures) contain a digit, a `|` or two capitals in a row. */
export const RANDOM = /\d|\||[A-Z]{2}/;

function prefixedKind(prefix: string): { kind: SecretKind; body: CharTest } {
  const kind = prefixKind(prefix);
  return { kind, body: kind === 'lwa-client-secret' ? ALNUM : kind === 'mws-auth-token' ? ALNUM_DASH : TOKEN_BODY };
}

/** Tokens and secrets recognised by their prefix: Atza|, Atzr|, Atc|, Atz.sprdt|, amzn1.oa2-cs.v1., amzn.mws. */
export function scanPrefixed(text: string, out: Candidate[]): void {
  const readers = new Map<CharTest, RunReader>();
  for (const m of text.matchAll(SECRET_PREFIXES)) {
    const { kind, body } = prefixedKind(m[0]);
    const reader = readers.get(body) ?? new RunReader(text, body);
    readers.set(body, reader);
    const from = m.index + m[0].length;
    const end = reader.endFrom(from);
    if (!reader.worthChecking(from) || end - from < MIN_VALUE || text.charAt(end) === BULLET) continue;
    if (isPlaceholder(text.slice(from, end))) continue;
    out.push({ kind, start: m.index, end, keep: m[0].length, priority: 3 });
  }
}

const AWS_KEY_ID = /(?<![A-Za-z0-9\u2022])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9\u2022])/g;

/** AWS access key ids (AKIA/ASIA + 16), and a 40-character secret key that follows one closely. */
export function scanAwsKeys(text: string, out: Candidate[]): void {
  const keys = [...text.matchAll(AWS_KEY_ID)];
  keys.forEach((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isPlaceholder(m[0].slice(4))) return;
    out.push({ kind: 'aws-access-key-id', start, end, keep: 4, priority: 3 });
    const limit = Math.min(keys[i + 1]?.index ?? text.length, end + 300);
    const secret = secretKeyAfter(text, end, limit);
    if (secret !== undefined) out.push({ kind: 'aws-secret-key', start: secret, end: secret + 40, keep: 0, priority: 2 });
  });
}

/** The start of a standalone 40-character AWS secret key between `from` and `limit`. */
function secretKeyAfter(text: string, from: number, limit: number): number | undefined {
  let i = from;
  while (i < limit) {
    let end = i;
    while (end < text.length && end - i <= 40 && AWS_SECRET_CHAR(text.charCodeAt(end))) end++;
    if (end === i) {
      i++;
      continue;
    }
    if (end - i === 40 && !AWS_SECRET_CHAR(text.charCodeAt(end)) && looksLikeAwsSecret(text, i, end)) return i;
    while (end < text.length && AWS_SECRET_CHAR(text.charCodeAt(end))) end++;
    i = end;
  }
  return undefined;
}

function looksLikeAwsSecret(text: string, start: number, end: number): boolean {
  const v = text.slice(start, end);
  const bounded = text.charAt(start - 1) !== BULLET && text.charAt(end) !== BULLET;
  return bounded && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !isPlaceholder(v);
}

const HEADER_RULES: ReadonlyArray<{ re: RegExp; kind: SecretKind; value: CharTest }> = [
  {
    re: /authorization["'`]?\]?[ \t]{0,16}[:=][ \t]{0,16}["'`]?(?:bearer|basic)[ \t]{1,16}/gi,
    kind: 'authorization-header',
    value: BARE,
  },
  { re: /(?<!\S)(?:-u|--user)[ \t]+["']?[^\s:"']{1,256}:/g, kind: 'basic-auth-password', value: NOT_SPACE_OR_QUOTE },
  { re: /Signature=/g, kind: 'sigv4-signature', value: BARE },
  { re: /Credential=/g, kind: 'aws-access-key-id', value: KEY_ID_CHAR },
];

/** Header and SigV4 values: Authorization: Bearer/Basic, curl -u user:pass, Signature=, Credential=. */
export function scanHeaders(text: string, out: Candidate[]): void {
  for (const rule of HEADER_RULES) {
    const reader = new RunReader(text, rule.value);
    for (const m of text.matchAll(rule.re)) {
      const start = m.index + m[0].length;
      const end = reader.endFrom(start);
      if (!reader.worthChecking(start) || end - start < MIN_VALUE || text.charAt(end) === BULLET) continue;
      const v = text.slice(start, end);
      if (!RANDOM.test(v) || isPlaceholder(v)) continue;
      out.push({ kind: rule.kind, start, end, keep: 0, priority: 1 });
    }
  }
}
