// Character classes and run readers for the secret scanners. A run reader remembers its last run,
// so reading from many starts inside one long run costs nothing extra: every scan stays linear.

/** The mask character. No secret contains it, so masked text is never matched again. */
export const BULLET = '\u2022';

export type CharTest = (code: number) => boolean;

/** A fast membership test for a one-character regex class (ASCII table, regex beyond ASCII). */
export function charClass(re: RegExp): CharTest {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return (code) => (code < 128 ? ascii[code] === 1 : re.test(String.fromCharCode(code)));
}

export const TOKEN_BODY = charClass(/[A-Za-z0-9\-_.~+/=%]/);
export const ALNUM = charClass(/[A-Za-z0-9]/);
export const ALNUM_DASH = charClass(/[A-Za-z0-9-]/);
export const AWS_SECRET_CHAR = charClass(/[A-Za-z0-9/+=]/);
/** Anything but whitespace, separators, quotes and brackets: a bare (unquoted) value. */
export const BARE = charClass(/[^\s&"'`,;()[\]{}<>#\\]/);
/** A bare value that also stops at "/" and "%" (the key id in Credential=AKID/20240101/...). */
export const KEY_ID_CHAR = charClass(/[^\s&"'`,;()[\]{}<>#\\/%]/);
export const NOT_SPACE_OR_QUOTE = charClass(/[^\s"']/);

/** Longest value worth checking: tokens are at most 2048 bytes, URL-encoding can triple a few characters. */
export const MAX_VALUE = 8192;
/** Starts read inside one run before a reader stops answering for it (keys glued together). */
const MAX_STARTS_PER_RUN = 16;

export class RunReader {
  private lastFrom = -1;
  private lastEnd = -1;
  private starts = 0;

  constructor(
    private readonly text: string,
    private readonly inRun: CharTest,
  ) {}

  /** The end of the run of `inRun` characters that starts at `from`. */
  endFrom(from: number): number {
    if (from >= this.lastFrom && from <= this.lastEnd) {
      this.starts++;
      return this.lastEnd;
    }
    let i = from;
    while (i < this.text.length && this.inRun(this.text.charCodeAt(i))) i++;
    this.lastFrom = from;
    this.lastEnd = i;
    this.starts = 1;
    return i;
  }

  /**
   * Whether the run just read is worth checking: not longer than MAX_VALUE and not read from more than
   * MAX_STARTS_PER_RUN starts. Together these keep the checks on values linear in the text.
   */
  worthChecking(from: number): boolean {
    return this.starts <= MAX_STARTS_PER_RUN && this.lastEnd - from <= MAX_VALUE;
  }
}

/** Values people paste instead of a real secret; they need no mask. */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || value.includes(BULLET)) return true;
  if (/^[xX*#._-]+$/.test(value) || /^(.)\1*$/.test(value)) return true;
  if (/example|redacted|placeholder/i.test(value)) return true;
  return /^[<{$]/.test(value) || /^your[_-]/i.test(value);
}
