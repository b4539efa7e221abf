// Redirect URI checker: the URI used in the OAuth flow against the app's registered redirect URIs.
// Amazon compares them exactly, character for character.
import { maskSecrets } from '../secrets.ts';
import type { Finding } from './finding.ts';
import { describeDifference } from './redirect-uri-diff.ts';
import { cleanPastedUrl, safeDecode, shorten } from './text.ts';
import { differenceScore, differences, splitUri, type UriParts } from './uri-parts.ts';

export interface RegisteredUri {
  /** 1-based line in the registered list as pasted. */
  line: number;
  uri: string;
}

export interface RedirectUriResult {
  findings: Finding[];
  /** The registered URI that matches exactly. */
  match?: RegisteredUri;
  /** Without an exact match: the registered URI that differs least. */
  nearest?: RegisteredUri;
}

const show = (uri: string) => shorten(maskSecrets(uri).text, 100);

/** The registered list: one URI per line; blank lines, list markers and JSON-style `"uri",` ignored. */
export function parseRegistered(registered: string): RegisteredUri[] {
  return registered.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const line = raw
      .trim()
      .replace(/^(?:[-*\u2022]|\d{1,3}[.)])\s+/, '')
      .replace(/^(["'])(.*)\1,$/, '$2');
    return line === '' ? [] : [{ line: i + 1, uri: cleanPastedUrl(line, true).url }];
  });
}

function cleanUsed(used: string, findings: Finding[]): string {
  const c = cleanPastedUrl(used, true);
  if (c.innerWhitespace) {
    findings.push({
      id: 'redirect-uri-whitespace',
      severity: 'warning',
      field: 'used',
      title: 'The used URI contains spaces or line breaks; compared with them removed',
      why: 'A space inside a URI makes a different URI; Amazon would not match it.',
      fix: 'Remove the whitespace from the redirect_uri your code sends.',
    });
  }
  if (/^[a-z][a-z0-9+.-]*%3a%2f%2f/i.test(c.url)) {
    const d = safeDecode(c.url);
    if (d !== undefined) {
      findings.push({
        id: 'redirect-uri-used-encoded',
        severity: 'info',
        field: 'used',
        title: 'The used URI is percent-encoded; compared its decoded form',
        why: 'In a consent URL, redirect_uri is encoded once; Amazon decodes it before comparing.',
      });
      return d;
    }
  }
  return c.url;
}

function schemeAndFragment(parts: UriParts, field: string, label: string): Finding[] {
  const out: Finding[] = [];
  if (parts.fragment !== undefined) {
    out.push({
      id: field === 'used' ? 'redirect-uri-fragment' : 'redirect-uri-registered-fragment',
      severity: 'error',
      scenario: 'md5110',
      field,
      title: `${label} contains a fragment (#${shorten(parts.fragment, 30)})`,
      why: 'Redirect URIs must not contain a fragment (OAuth 2.0, section 3.1.2); Amazon answers MD5110.',
      fix: 'Remove the `#…` part from the registered URI (Edit App) and from the redirect_uri you send.',
    });
  }
  if (parts.scheme.toLowerCase() !== 'https') {
    out.push({
      id: field === 'used' ? 'redirect-uri-not-https' : 'redirect-uri-registered-not-https',
      severity: field === 'used' ? 'error' : 'warning',
      scenario: 'md9100',
      field,
      title: `${label} uses ${parts.scheme}://, not https://`,
      why: 'Amazon staff check that Login and Redirect URIs are HTTPS when consent fails.',
      fix: 'Use an https:// redirect URI, registered and sent identically.',
    });
  }
  return out;
}

/** Compares the redirect URI used with the registered ones (one per line). Never throws. */
export function checkRedirectUri(used: string, registered: string): RedirectUriResult {
  const findings: Finding[] = [];
  const list = parseRegistered(typeof registered === 'string' ? registered : '');
  const first = list[0];
  const usedText = typeof used === 'string' ? used : '';
  if (usedText.trim() === '') {
    findings.push(
      first
        ? {
            id: 'redirect-uri-used-empty',
            severity: 'info',
            scenario: 'md5101',
            field: 'used',
            title: `No URI entered; without redirect_uri Amazon uses the first registered one: ${show(first.uri)}`,
            why: 'When the consent URL has no redirect_uri, Amazon sends the seller to the first OAuth Redirect URI of the app.',
            fix: 'Enter the redirect_uri your consent URL sends to compare it.',
          }
        : {
            id: 'redirect-uri-used-empty',
            severity: 'info',
            field: 'used',
            title: 'Enter the redirect URI your app uses, and the registered ones',
            why: 'The checker compares them character by character, as Amazon does.',
          },
    );
  }
  if (list.length === 0) {
    findings.push({
      id: 'redirect-uri-none-registered',
      severity: 'warning',
      scenario: 'md9100',
      field: 'registered',
      title: 'No registered redirect URIs to compare with',
      why: 'Paste the OAuth Redirect URIs from Edit App, one per line. If the app really has none, Amazon shows MD9100 on the consent page.',
      fix: 'Add an OAuth Redirect URI (and an OAuth Login URI) in Edit App and save.',
    });
  }
  const parsedList = list.map((r) => ({ ...r, parts: splitUri(r.uri) }));
  for (const r of parsedList) {
    if (!r.parts) {
      findings.push({
        id: 'redirect-uri-registered-invalid',
        severity: 'warning',
        field: `registered:${r.line}`,
        title: `Line ${r.line} is not an absolute URI: ${show(r.uri)}`,
        why: 'Registered redirect URIs are absolute https:// URLs; this line cannot match anything.',
        fix: 'Check what you pasted; each line should be one full URI.',
      });
    } else {
      findings.push(...schemeAndFragment(r.parts, `registered:${r.line}`, `Registered URI on line ${r.line}`));
    }
  }
  if (usedText.trim() === '') return { findings };
  const uri = cleanUsed(usedText, findings);
  const parts = splitUri(uri);
  if (!parts) {
    findings.push({
      id: 'redirect-uri-used-invalid',
      severity: 'error',
      field: 'used',
      title: `Not an absolute URI: ${show(uri)}`,
      why: 'Amazon compares the full URI, scheme and host included.',
      fix: 'Enter the full redirect_uri, e.g. https://example.com/amazon/callback.',
    });
    return { findings };
  }
  findings.push(...schemeAndFragment(parts, 'used', 'The used URI'));
  const exact = list.find((r) => r.uri === uri);
  if (exact) {
    findings.push({
      id: 'redirect-uri-exact-match',
      severity: 'ok',
      scenario: 'md5101',
      field: 'used',
      title: `Matches the registered URI on line ${exact.line} exactly`,
      why: 'Amazon accepts a redirect_uri only when it equals a registered redirect URI character for character.',
      fix: 'If Amazon still shows MD5101, check that the edit is saved and, for a published app, that the update was published.',
    });
    return { findings, match: { line: exact.line, uri: exact.uri } };
  }
  const nearest = nearestRegistered(parts, uri, parsedList);
  if (!nearest) return { findings };
  findings.push({
    id: 'redirect-uri-no-match',
    severity: 'error',
    scenario: 'md5101',
    field: 'used',
    title: `Not registered: the nearest registered URI is line ${nearest.line}, ${show(nearest.uri)}`,
    why: 'Amazon accepts a redirect_uri only when it equals a registered one character for character; otherwise the consent page shows MD5101.',
    fix: "Add the exact URI to the app's OAuth Redirect URIs (Edit App; for a published app, publish the update), or send the registered one.",
  });
  for (const d of nearest.diffs) findings.push(describeDifference(d, parts, nearest.parts));
  return { findings, nearest: { line: nearest.line, uri: nearest.uri } };
}

function nearestRegistered(used: UriParts, uri: string, list: ReadonlyArray<RegisteredUri & { parts: UriParts | undefined }>) {
  let best: (RegisteredUri & { parts: UriParts; diffs: ReturnType<typeof differences>; score: number }) | undefined;
  for (const r of list) {
    if (!r.parts) continue;
    const diffs = differences(used, r.parts);
    const score = differenceScore(diffs) * 1000 + Math.min(999, Math.abs(r.uri.length - uri.length));
    if (!best || score < best.score) best = { ...r, parts: r.parts, diffs, score };
  }
  return best;
}
