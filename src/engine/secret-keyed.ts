// Values of secret-bearing keys: client_secret=…, "refresh_token": "…", x-amz-access-token: …, in
// assignments, JSON/YAML, headers, form and query parameters. Linear: values are read by RunReaders.
import { BARE, BULLET, RunReader, charClass, isPlaceholder } from './secret-chars.ts';
import { MIN_VALUE, RANDOM, type Candidate, type SecretKind } from './secret-scan.ts';
import { STARTS_WITH_TOKEN_OR_SECRET } from './secret-prefixes.ts';

const KEYED =
  /(?:(client[_-]?secret)|(refresh[_-]?token)|(access[_-]?token)|(spapi[_-]?oauth[_-]?code)|(mws[_-]?auth[_-]?token)|((?:security|session)[_-]?token)|(aws[_-]?secret(?:[_-]?access)?(?:[_-]?key)?|secret[_-]?(?:access[_-]?)?key)|((?<![A-Za-z0-9_\u2022])code))["'`]?\]?[ \t]{0,16}(?:=>|:=|=|:)[ \t]{0,16}/gi;

const KEYED_KINDS: readonly SecretKind[] = [
  'lwa-client-secret',
  'lwa-refresh-token',
  'lwa-access-token',
  'oauth-code',
  'mws-auth-token',
  'aws-session-token',
  'aws-secret-key',
  'oauth-code',
];
const BARE_CODE_GROUP = 8;
const QUOTES = ['"', "'", '`'] as const;

/** A value after a key: quoted (up to the closing quote) or bare (up to a terminator). */
interface Value {
  start: number;
  end: number;
  quoted: boolean;
  /** False when a quoted value stops at whitespace before its closing quote (prose, not a secret). */
  closed: boolean;
  /** False for overlong values and for runs already read from many keys (see RunReader). */
  worthChecking: boolean;
}

class ValueReader {
  private readonly bare: RunReader;
  private readonly quoted = new Map<string, RunReader>();

  constructor(private readonly text: string) {
    this.bare = new RunReader(text, BARE);
    for (const q of QUOTES) this.quoted.set(q, new RunReader(text, charClass(new RegExp(`[^\\s${q}]`))));
  }

  read(from: number): Value {
    const reader = this.quoted.get(this.text.charAt(from));
    if (!reader) {
      const end = this.bare.endFrom(from);
      return { start: from, end, quoted: false, closed: true, worthChecking: this.bare.worthChecking(from) };
    }
    const end = reader.endFrom(from + 1);
    const stop = this.text.charAt(end);
    const closed = end >= this.text.length || stop === this.text.charAt(from) || stop === '\n' || stop === '\r';
    return { start: from + 1, end, quoted: true, closed, worthChecking: reader.worthChecking(from + 1) };
  }
}

const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

const CONSTANT_NAME = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/;

/**
 * Whether a keyed value is a real secret rather than a variable, a word or a placeholder. Real values
 * (hex secrets, Atz… tokens, codes) contain a digit, a `|` or two capitals in a row; words rarely do.
 */
function acceptKeyed(kind: SecretKind, bareCode: boolean, v: string, value: Value): boolean {
  if (!value.worthChecking || !value.closed || v.length < MIN_VALUE) return false;
  if (kind === 'aws-secret-key') return v.length === 40 && /^[A-Za-z0-9/+=]+$/.test(v) && !isPlaceholder(v);
  if (!RANDOM.test(v) || CONSTANT_NAME.test(v) || (bareCode && v.length < 10)) return false;
  if (!value.quoted && IDENTIFIER_PATH.test(v)) return false;
  if (isPlaceholder(v)) return false;
  const prefix = STARTS_WITH_TOKEN_OR_SECRET.exec(v);
  return !prefix || (v.length - prefix[0].length >= MIN_VALUE && !isPlaceholder(v.slice(prefix[0].length)));
}

/** Values of secret-bearing keys: client_secret=, "refresh_token": "...", x-amz-access-token: ... */
export function scanKeyed(text: string, out: Candidate[], grantContext: boolean): void {
  const values = new ValueReader(text);
  for (const m of text.matchAll(KEYED)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = KEYED_KINDS[group - 1] ?? 'lwa-client-secret';
    const bareCode = group === BARE_CODE_GROUP;
    if (bareCode && !grantContext) continue;
    const value = values.read(m.index + m[0].length);
    if (!value.worthChecking || text.charAt(value.end) === BULLET) continue;
    if (!acceptKeyed(kind, bareCode, text.slice(value.start, value.end), value)) continue;
    out.push({ kind, start: value.start, end: value.end, keep: 0, priority: 1 });
  }
}
