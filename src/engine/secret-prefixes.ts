// The one definition of how Amazon's tokens and secrets begin. Masking, the analyzer, search and the
// tools' share links all build on it; a test fails if the prefixes are written out anywhere else.

/** LWA tokens: access `Atza|`, refresh `Atzr|` (and the older `Aztr|`), grantless `Atc|`, restricted-data `Atz.sprdt|`; the bar may be URL-encoded. */
const TOKEN = String.raw`(?:Atz\.sprdt|Atz[ar]|Aztr|Atc)(?:\||%7[Cc])`;
/** An LWA client secret. */
const CLIENT_SECRET = String.raw`amzn1\.oa2-cs\.v1\.`;
/** An MWS auth token. */
const MWS_TOKEN = String.raw`amzn\.mws\.`;

/** Every prefix, anywhere in a text (global: use with matchAll). */
export const SECRET_PREFIXES = new RegExp(`${TOKEN}|${CLIENT_SECRET}|${MWS_TOKEN}`, 'g');

const LEADING = new RegExp(`^(?:${TOKEN}|${CLIENT_SECRET}|${MWS_TOKEN})`);

/** The kind of secret a value begins with, or null when it begins with no known prefix. */
export function leadingKind(value: string): PrefixKind | null {
  const prefix = LEADING.exec(value);
  return prefix ? prefixKind(prefix[0]) : null;
}

/** A value that begins with a token or client-secret prefix. */
export const STARTS_WITH_TOKEN_OR_SECRET = new RegExp(`^(?:${TOKEN}|${CLIENT_SECRET})`);

/** A prefix and everything after it up to white space or a mask bullet; group 1 is the prefix (global). */
export const PREFIXED_VALUE = new RegExp(`(${TOKEN}|${CLIENT_SECRET}|${MWS_TOKEN})[^\\s•]+`, 'g');

/** Token-shaped: a token prefix and 16 or more token characters, or a client secret prefix and 16 hex digits. */
export const TOKEN_SHAPED = new RegExp(`${TOKEN}[A-Za-z0-9_\\-+/=%]{16,}|${CLIENT_SECRET}[0-9a-f]{16,}`);

export type PrefixKind =
  'restricted-data-token' | 'lwa-access-token' | 'grantless-token' | 'lwa-client-secret' | 'mws-auth-token' | 'lwa-refresh-token';

/** Which kind of secret a matched prefix begins. */
export function prefixKind(prefix: string): PrefixKind {
  if (prefix.startsWith('Atz.sprdt')) return 'restricted-data-token';
  if (prefix.startsWith('Atza')) return 'lwa-access-token';
  if (prefix.startsWith('Atc')) return 'grantless-token';
  if (prefix.startsWith('amzn1.')) return 'lwa-client-secret';
  if (prefix.startsWith('amzn.mws.')) return 'mws-auth-token';
  return 'lwa-refresh-token';
}
