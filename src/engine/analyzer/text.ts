// Small text helpers shared by the analyzer's extractors. Every regex here is linear: literals,
// single character classes and bounded repeats only, so no input can make it backtrack for long.

/** The most characters of a paste the analyzer reads; the rest is ignored (and the result says so). */
export const MAX_ANALYZED = 200_000;

/** Longest value shown in a chip. */
const MAX_SHOWN = 140;

/** Straight quotes and apostrophes, plain spaces, \n line ends: what the rules are written against. */
export function normalise(text: string): string {
  const out = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Most pastes are ASCII and need nothing more.
  if (!NON_ASCII.test(out)) return out;
  return out.replace(TYPOGRAPHIC, (c) => TYPOGRAPHIC_MAP[c] ?? '');
}

const TYPOGRAPHIC = /[\u2018\u2019\u201b\u2032\uff07\u201c\u201d\u201e\u2033\uff02\u00a0\u2007\u202f\u3000\u200b-\u200d\ufeff]/g;
const TYPOGRAPHIC_MAP: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\uff07': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\uff02': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
};
const NON_ASCII = /[\u0080-\uffff]/;

/** Above this length, repeated lines are read once (logs repeat the same line with other numbers). */
const CONDENSE_FROM = 16_000;

/**
 * The text with each line kept only the first time it occurs, comparing lines with their digits
 * ignored. The rules ask whether something occurs, not how often, so this changes no answer but lets
 * a long log be read in a fraction of the time.
 */
export function condense(text: string): string {
  if (text.length < CONDENSE_FROM) return text;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const key = line.replace(/\d+/g, '0').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(line);
  }
  return kept.join('\n');
}

/** A value cut to chip length, on one line. */
export function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}\u2026` : flat;
}

/** JSON / Python escapes inside a quoted value, read leniently (\n, \", \u0027). */
export function unescape(value: string): string {
  return value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === 'n' || e === 'r' || e === 't') return ' ';
    return e;
  });
}

/** Adds to a list kept unique (case-insensitively) and short. */
export class UniqueList {
  readonly items: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly max = 24) {}

  add(value: string): void {
    const key = value.toLowerCase();
    if (value === '' || this.seen.has(key) || this.items.length >= this.max) return;
    this.seen.add(key);
    this.items.push(value);
  }

  has(value: string): boolean {
    return this.seen.has(value.toLowerCase());
  }

  get size(): number {
    return this.items.length;
  }
}

/** Every match of a global regex, at most `limit` of them (a guard for pathological pastes). */
export function* matches(re: RegExp, text: string, limit = 400): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while (count < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    count++;
    yield m;
  }
  re.lastIndex = 0;
}
