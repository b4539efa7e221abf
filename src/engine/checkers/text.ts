// Small text helpers shared by the checkers: pasted-URL clean-up, safe decoding, did-you-mean.
import { editDistance } from '../nearest.ts';
import { maskSecrets } from '../secrets.ts';

export interface CleanedUrl {
  /** The URL with wrapping quotes, whitespace and inner line breaks removed. */
  url: string;
  /** Leading or trailing whitespace was removed. */
  trimmed: boolean;
  /** Wrapping quotes, backticks or angle brackets were removed. */
  unwrapped: boolean;
  /** Whitespace inside the URL was removed. */
  innerWhitespace: boolean;
  /** Quotes or backticks inside the URL were removed. */
  innerQuotes: boolean;
}

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['<', '>'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
];

/**
 * Cleans a URL as people paste it: quoted, in backticks, wrapped over lines. Quotes inside the URL are
 * removed too unless `keepInnerQuotes` (an apostrophe is a legal URI character).
 */
export function cleanPastedUrl(input: string, keepInnerQuotes = false): CleanedUrl {
  let url = input.trim();
  const trimmed = url.length !== input.length;
  let unwrapped = false;
  for (let changed = true; changed && url.length >= 2;) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (url.startsWith(open) && url.endsWith(close)) {
        url = url.slice(open.length, url.length - close.length).trim();
        unwrapped = changed = true;
      }
    }
  }
  const noSpace = url.replace(/\s+/g, '');
  const noQuotes = keepInnerQuotes ? noSpace : noSpace.replace(/["'`\u201c\u201d\u2018\u2019]/g, '');
  return {
    url: noQuotes,
    trimmed,
    unwrapped,
    innerWhitespace: noSpace.length !== url.length,
    innerQuotes: noQuotes.length !== noSpace.length,
  };
}

/** decodeURIComponent that never throws: undefined for malformed escapes. */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The candidate closest to `word` (case, `_`, `-` and spaces ignored), if it is within `maxDistance`
 * edits and within a third of the word's length (so short words do not match everything).
 */
export function didYouMean(word: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const w = norm(word).slice(0, 64);
  if (w === '') return undefined;
  const allowed = Math.min(maxDistance, Math.max(1, Math.floor(w.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(w, norm(candidate));
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** A value shortened for a message: at most `max` characters, with an ellipsis. */
export function shorten(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}\u2026`;
}

/** A parameter value as it may be shown in a message: secrets masked (by its name), then shortened. */
export function echo(name: string, value: string, max = 60): string {
  return shorten(maskSecrets(`${name}=${value}`).text.slice(name.length + 1), max);
}
