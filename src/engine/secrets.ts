// Recognise and mask secrets in pasted text: LWA tokens, client secrets, AWS keys and keyed values.
//
// Mask format: the value is replaced by its recognisable prefix followed by eight bullets, and
// nothing else of the value stays visible:
//   Atzr|IwEBI...  -> Atzr|••••••••        AKIAABCDEFGHIJKLMNOP -> AKIA••••••••
//   amzn1.oa2-cs.v1.<hex> -> amzn1.oa2-cs.v1.••••••••
//   client_secret=abc123...  -> client_secret=••••••••   (keys, header names, "Bearer " stay)
// Masked text contains no value the scan accepts (a value with a bullet is never a secret), so
// masking is idempotent. Placeholders (REDACTED, XXXXX, EXAMPLE, <your secret>, $VAR) are left alone.
import { BULLET } from './secret-chars.ts';
import { scanKeyed } from './secret-keyed.ts';
import { scanAwsKeys, scanHeaders, scanPrefixed, type Candidate, type SecretKind } from './secret-scan.ts';

export type { SecretKind } from './secret-scan.ts';

export interface SecretFinding {
  kind: SecretKind;
  /** What it is, for people: "LWA refresh token". */
  label: string;
  /** The value's span in the text: text.slice(start, end) is the secret. */
  start: number;
  end: number;
  /** What the value becomes in masked text. */
  mask: string;
}

export interface MaskResult {
  text: string;
  found: SecretFinding[];
}

export const SECRET_LABELS: Readonly<Record<SecretKind, string>> = {
  'lwa-access-token': 'LWA access token',
  'lwa-refresh-token': 'LWA refresh token',
  'grantless-token': 'grantless access token',
  'restricted-data-token': 'Restricted Data Token',
  'lwa-client-secret': 'LWA client secret',
  'aws-access-key-id': 'AWS access key ID',
  'aws-secret-key': 'AWS secret access key',
  'aws-session-token': 'AWS session token',
  'sigv4-signature': 'SigV4 signature',
  'authorization-header': 'Authorization header credentials',
  'oauth-code': 'authorization code',
  'mws-auth-token': 'MWS auth token',
  'basic-auth-password': 'basic-auth password',
};

export const MASK_BULLETS = BULLET.repeat(8);

/** Values found by context are also masked wherever else they occur, up to this many distinct values. */
const MAX_REPEATED_VALUES = 32;

const GRANT_CONTEXT = /grant_type|authorization_code|auth\/o2\/token/i;

/** Every secret in the text, in order, without overlaps. Never throws. */
export function findSecrets(text: string): SecretFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const candidates: Candidate[] = [];
  scanPrefixed(text, candidates);
  scanAwsKeys(text, candidates);
  scanKeyed(text, candidates, GRANT_CONTEXT.test(text));
  scanHeaders(text, candidates);
  const chosen = resolve(candidates);
  const all = resolve([...chosen, ...repeatedValues(text, chosen)]);
  return all.map((c) => toFinding(text, c));
}

/** The text with every secret replaced by its mask, and what was found. Never throws. */
export function maskSecrets(text: string): MaskResult {
  const found = findSecrets(text);
  if (found.length === 0) return { text: typeof text === 'string' ? text : '', found };
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + f.mask;
    at = f.end;
  }
  return { text: out + text.slice(at), found };
}

export function hasSecret(text: string): boolean {
  return findSecrets(text).length > 0;
}

function toFinding(text: string, c: Candidate): SecretFinding {
  return {
    kind: c.kind,
    label: SECRET_LABELS[c.kind],
    start: c.start,
    end: c.end,
    mask: text.slice(c.start, c.start + c.keep) + MASK_BULLETS,
  };
}

/** Earliest first; on the same start the longer span, then the more specific kind. */
function resolve(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority);
  const chosen: Candidate[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.end > c.start && c.start >= end) {
      chosen.push(c);
      end = c.end;
    }
  }
  return chosen;
}

/** Other occurrences of values found through their key (a secret pasted twice, once without its key). */
function repeatedValues(text: string, chosen: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const repeats: Candidate[] = [];
  for (const c of chosen) {
    if (c.keep > 0) continue;
    const value = text.slice(c.start, c.end);
    if (seen.has(value)) continue;
    if (seen.size >= MAX_REPEATED_VALUES) break;
    seen.add(value);
    for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) {
      if (i !== c.start) repeats.push({ kind: c.kind, start: i, end: i + value.length, keep: 0, priority: 0 });
    }
  }
  return repeats;
}
