// One finding per difference between the used redirect URI and the nearest registered one.
import { maskSecrets } from '../secrets.ts';
import type { Finding } from './finding.ts';
import { shorten } from './text.ts';
import type { UriDifference, UriParts } from './uri-parts.ts';

const q = (s: string | undefined, none = '(none)') => (s === undefined ? none : `"${shorten(maskSecrets(s).text, 60)}"`);
const port = (p: UriParts) => (p.port === undefined ? undefined : `:${p.port}`);

interface Text {
  title: string;
  why: string;
  fix: string;
}

function text(d: UriDifference, used: UriParts, reg: UriParts): Text {
  const same = 'Amazon compares the whole URI character for character, so this alone gives MD5101.';
  switch (d) {
    case 'scheme':
      return {
        title: `Scheme differs: used ${q(used.scheme)}, registered ${q(reg.scheme)}`,
        why: same,
        fix: 'Use https:// in both places.',
      };
    case 'userinfo':
      return {
        title: `User info before @ differs: used ${q(used.userinfo)}, registered ${q(reg.userinfo)}`,
        why: same,
        fix: 'Remove user info from redirect URIs.',
      };
    case 'host-case':
      return {
        title: `Host differs only in case: used ${q(used.host)}, registered ${q(reg.host)}`,
        why: `DNS ignores case, but the comparison does not. ${same}`,
        fix: 'Write the host in lower case in both places.',
      };
    case 'host': {
      const www = used.host.replace(/^www\./i, '') === reg.host.replace(/^www\./i, '');
      return {
        title: `Host differs: used ${q(used.host)}, registered ${q(reg.host)}`,
        why: www ? `One has "www." and the other not. ${same}` : same,
        fix: 'Send the registered host, or register the one you send.',
      };
    }
    case 'port':
      return {
        title: `Port differs: used ${q(port(used), '(default)')}, registered ${q(port(reg), '(default)')}`,
        why: same,
        fix: 'Use the same port in both, or none (the default 443 for https).',
      };
    case 'default-port':
      return {
        title: `Default port written in one only: used ${q(port(used), '(not written)')}, registered ${q(port(reg), '(not written)')}`,
        why: `https://host:443/ and https://host/ reach the same server but are different strings. ${same}`,
        fix: 'Leave the default port out in both places.',
      };
    case 'encoding':
      return {
        title: 'Percent-encoding differs (same characters once decoded)',
        why: `For example %2F vs / or %2f vs %2F. ${same}`,
        fix: 'Send the URI spelled exactly as registered; encode it only once, as a whole, in the consent URL.',
      };
    case 'trailing-slash':
      return {
        title: `Trailing slash differs: used ${q(used.path || '/')}, registered ${q(reg.path || '/')}`,
        why: same,
        fix: 'Add or remove the final "/" so both match.',
      };
    case 'path-case':
      return {
        title: `Path differs only in case: used ${q(used.path)}, registered ${q(reg.path)}`,
        why: `Paths are case-sensitive. ${same}`,
        fix: 'Use the registered spelling.',
      };
    case 'path':
      return {
        title: `Path differs: used ${q(used.path || '/')}, registered ${q(reg.path || '/')}`,
        why: same,
        fix: 'Send the registered path, or register the one you send.',
      };
    case 'query':
      return {
        title: `Query differs: used ${q(used.query)}, registered ${q(reg.query)}`,
        why: `Everything after ? counts too. ${same}`,
        fix: 'Keep the query identical, or carry per-request data in `state` instead.',
      };
    case 'fragment':
      return {
        title: `Fragment differs: used ${q(used.fragment)}, registered ${q(reg.fragment)}`,
        why: 'Redirect URIs may not contain a fragment at all (MD5110), and a different one is also a mismatch (MD5101).',
        fix: 'Remove the #… part from both.',
      };
  }
}

/** A finding `redirect-uri-diff-<difference>` explaining one difference. */
export function describeDifference(d: UriDifference, used: UriParts, registered: UriParts): Finding {
  return {
    id: `redirect-uri-diff-${d}`,
    severity: 'error',
    scenario: d === 'fragment' ? 'md5110' : 'md5101',
    field: d,
    ...text(d, used, registered),
  };
}
