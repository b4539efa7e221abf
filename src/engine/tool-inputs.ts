// What a tool page reads from and writes to its URL's query string (shared links only), and what keeps
// an input out of a link: secrets. Plain TypeScript, no React.
import { TOOLS } from '../catalog/constants.ts';
import type { ToolName } from '../catalog/schema.ts';
import { TOKEN_SHAPED } from './secret-prefixes.ts';
import { findSecrets } from './secrets.ts';

/** The query parameters each tool's shared link carries, in order. */
export const TOOL_PARAMS = {
  'consent-url': ['url'],
  'redirect-uri': ['used', 'registered'],
  'token-request': ['request'],
  region: ['endpoint', 'marketplace', 'scope', 'token'],
  operation: ['op'],
} as const satisfies Record<ToolName, readonly string[]>;

export type ToolParam<N extends ToolName> = (typeof TOOL_PARAMS)[N][number];
export type ToolInputs<N extends ToolName> = Partial<Record<ToolParam<N>, string>>;

/** Longest query string a share link may carry; longer links break in chat apps and some servers. */
export const MAX_SHARE_LENGTH = 4000;

export function isToolName(name: string): name is ToolName {
  return (TOOLS as readonly string[]).includes(name);
}

/** What kinds of secret the texts hold ("LWA client secret", …), each once; empty when none. */
export function secretKinds(texts: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const text of texts) {
    const found = findSecrets(text);
    for (const f of found) kinds.add(f.label);
    // Token-shaped values the scanner spares as placeholders (`Atzr|IwEBIExample…`) are still kept out of
    // links: a link is shared, so it errs on the side of caution.
    if (found.length === 0 && TOKEN_SHAPED.test(text)) kinds.add('token-shaped value');
  }
  return [...kinds];
}

/** The query string of a share link: the non-empty inputs, in the tool's order. */
export function shareQuery(entries: ReadonlyArray<readonly [string, string]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value.trim() !== '') params.set(name, value);
  return params.toString();
}

export interface UrlInputs<N extends ToolName> {
  inputs: ToolInputs<N>;
  /** At least one input came from the URL. */
  filled: boolean;
  /** Kinds of secret found in the URL's inputs; then none of them is used. */
  blocked: string[];
}

/** A shared link's inputs. A link carrying a secret is not loaded (and the page says why). */
export function readToolInputs<N extends ToolName>(name: N, params: URLSearchParams): UrlInputs<N> {
  const inputs: ToolInputs<N> = {};
  for (const p of TOOL_PARAMS[name] as readonly ToolParam<N>[]) {
    const value = params.get(p);
    if (value !== null && value.trim() !== '') inputs[p] = value;
  }
  const values = Object.values(inputs).filter((v): v is string => typeof v === 'string');
  const blocked = secretKinds(values);
  if (blocked.length > 0) return { inputs: {}, filled: false, blocked };
  return { inputs, filled: values.length > 0, blocked };
}
