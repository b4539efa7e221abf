// What of a typed query may go into the URL: secret-shaped values masked, length capped.
// The header loads this on submit (dynamic import), so the secret scanner stays out of every page's JS.
import { PREFIXED_VALUE } from './secret-prefixes.ts';
import { MASK_BULLETS, maskSecrets } from './secrets.ts';

/** Longest query kept: a search box takes typed words and codes, not pasted error bodies. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A search never needs a token's body, so anything after a token prefix is masked here even when the
 * scanner would leave it (it spares values that look like placeholders, such as `Atzr|...Example...`,
 * which is right for a paste but not for a URL that gets shared).
 */
export interface SafeQuery {
  /** The query as it may appear in a URL and on screen. */
  text: string;
  /** True when something secret-shaped was masked. */
  masked: boolean;
}

export function safeQuery(typed: string): SafeQuery {
  const { text, found } = maskSecrets(typed.slice(0, MAX_QUERY_LENGTH));
  let extra = false;
  const safe = text.replace(PREFIXED_VALUE, (_all, prefix: string) => {
    extra = true;
    return `${prefix}${MASK_BULLETS}`;
  });
  return { text: safe.trim(), masked: found.length > 0 || extra };
}
