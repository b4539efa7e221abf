// Splits a URI into its parts exactly as written (no normalisation: case, default ports and
// percent-encoding are kept), and lists how two URIs differ part by part.
import { safeDecode } from './text.ts';

export interface UriParts {
  scheme: string;
  userinfo?: string;
  host: string;
  /** The port as written, without the colon; undefined when none is written. */
  port?: string;
  path: string;
  query?: string;
  fragment?: string;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { https: '443', http: '80' };

/** The parts of an absolute URI (scheme://authority...), or undefined when it is not one. */
export function splitUri(uri: string): UriParts | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(uri);
  if (!m) return undefined;
  const [, scheme = '', authority = '', path = ''] = m;
  const rest = uri.slice(m[0].length);
  const hash = rest.indexOf('#');
  const beforeHash = hash === -1 ? rest : rest.slice(0, hash);
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  const colon = hostPort.startsWith('[') ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
  const host = colon === -1 ? hostPort : hostPort.slice(0, colon);
  if (host === '') return undefined;
  const parts: UriParts = { scheme, host, path };
  if (at !== -1) parts.userinfo = authority.slice(0, at);
  if (colon !== -1) parts.port = hostPort.slice(colon + 1);
  if (beforeHash.startsWith('?')) parts.query = beforeHash.slice(1);
  if (hash !== -1) parts.fragment = rest.slice(hash + 1);
  return parts;
}

export type UriDifference =
  | 'scheme'
  | 'userinfo'
  | 'host-case'
  | 'host'
  | 'port'
  | 'default-port'
  | 'encoding'
  | 'trailing-slash'
  | 'path-case'
  | 'path'
  | 'query'
  | 'fragment';

/** How much a difference counts when choosing the nearest registered URI. */
export const DIFFERENCE_WEIGHT: Readonly<Record<UriDifference, number>> = {
  scheme: 2,
  userinfo: 3,
  'host-case': 1,
  host: 10,
  port: 3,
  'default-port': 1,
  encoding: 1,
  'trailing-slash': 1,
  'path-case': 1,
  path: 5,
  query: 3,
  fragment: 2,
};

const decoded = (s: string | undefined) => (s === undefined ? undefined : (safeDecode(s) ?? s));
const noTrailingSlash = (p: string) => p.replace(/\/+$/, '');

function pathDifferences(used: string, registered: string): UriDifference[] {
  if (used === registered) return [];
  if (decoded(used) === decoded(registered)) return ['encoding'];
  const a = noTrailingSlash(used);
  const b = noTrailingSlash(registered);
  if (a === b) return ['trailing-slash'];
  if (a.toLowerCase() !== b.toLowerCase()) return ['path'];
  const slashDiffers = used.length - a.length !== registered.length - b.length;
  return slashDiffers ? ['trailing-slash', 'path-case'] : ['path-case'];
}

/** Every part in which `used` differs from `registered`, in reading order. */
export function differences(used: UriParts, registered: UriParts): UriDifference[] {
  const out: UriDifference[] = [];
  if (used.scheme !== registered.scheme) out.push('scheme');
  if (used.userinfo !== registered.userinfo) out.push('userinfo');
  if (used.host !== registered.host) out.push(used.host.toLowerCase() === registered.host.toLowerCase() ? 'host-case' : 'host');
  if (used.port !== registered.port) {
    const port = (p: UriParts) => p.port || DEFAULT_PORTS[p.scheme.toLowerCase()];
    out.push(port(used) === port(registered) ? 'default-port' : 'port');
  }
  out.push(...pathDifferences(used.path, registered.path));
  if (used.query !== registered.query) out.push(decoded(used.query) === decoded(registered.query) ? 'encoding' : 'query');
  if (used.fragment !== registered.fragment) out.push('fragment');
  return [...new Set(out)];
}

export function differenceScore(diffs: readonly UriDifference[]): number {
  return diffs.reduce((sum, d) => sum + DIFFERENCE_WEIGHT[d], 0);
}
