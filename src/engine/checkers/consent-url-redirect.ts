// The redirect_uri parameter of a consent URL.
import type { Finding } from './finding.ts';
import type { QueryParam } from './consent-url-query.ts';
import { echo, safeDecode } from './text.ts';

const FIELD = 'redirect_uri';

function fragmentFinding(viaConsentUrl: boolean): Finding {
  return {
    id: 'consent-url-redirect-uri-fragment',
    severity: 'error',
    scenario: 'md5110',
    field: FIELD,
    title: 'The redirect URI contains a fragment (`#`)',
    why: viaConsentUrl
      ? 'A raw `#` after redirect_uri ends the consent URL: the browser keeps the rest and Amazon never receives it. A redirect URI may not contain a fragment anyway (OAuth 2.0, section 3.1.2); Amazon answers MD5110.'
      : 'A redirect URI may not contain a fragment (OAuth 2.0, section 3.1.2); Amazon answers MD5110.',
    fix: 'Remove the `#…` part here and from the OAuth Redirect URIs registered on the app (Edit App). Pass any client-side state in `state` instead.',
  };
}

/** Checks redirect_uri; `fragment` is the consent URL's `#…` part when it directly follows redirect_uri. */
export function checkConsentRedirectUri(param: QueryParam | undefined, fragment: string | undefined): Finding[] {
  if (!param) {
    return [
      {
        id: 'consent-url-redirect-uri-default',
        severity: 'info',
        scenario: 'md5101',
        field: FIELD,
        title: 'No redirect_uri: Amazon uses the first redirect URI registered on the app',
        why: "Without redirect_uri, Amazon sends the seller back to the first OAuth Redirect URI in the app's settings.",
        fix: 'Make sure that first registered URI is the one that handles the callback, or pass redirect_uri explicitly.',
      },
    ];
  }
  const findings: Finding[] = [];
  const value = param.value;
  const twice = safeDecode(value);
  if (/%[0-9a-f]{2}/i.test(value) && twice !== undefined && !value.includes('://') && twice.includes('://')) {
    findings.push({
      id: 'consent-url-redirect-uri-double-encoded',
      severity: 'warning',
      scenario: 'md5101',
      field: FIELD,
      title: 'redirect_uri is percent-encoded twice',
      why: `After one decoding it still reads "${echo(FIELD, value)}", which matches no registered redirect URI (MD5101).`,
      fix: 'Encode the redirect URI once (encodeURIComponent), not twice.',
    });
  }
  if (param.raw.includes('?')) {
    findings.push({
      id: 'consent-url-redirect-uri-unencoded',
      severity: 'warning',
      scenario: 'md5101',
      field: FIELD,
      title: 'redirect_uri is not percent-encoded (it contains a raw `?`)',
      why: 'Characters such as `?`, `&` and `#` inside the redirect URI can be read as part of the consent URL itself, so Amazon may compare a different URI with the registered ones.',
      fix: 'Percent-encode the redirect URI with encodeURIComponent before adding it.',
    });
  }
  if (value.includes('#') || fragment !== undefined) findings.push(fragmentFinding(!value.includes('#')));
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/[^/?#\s]+/i.exec(value);
  if (!scheme) {
    findings.push({
      id: 'consent-url-redirect-uri-invalid',
      severity: 'error',
      scenario: 'md5101',
      field: FIELD,
      title: `redirect_uri is not an absolute URL: "${echo(FIELD, value)}"`,
      why: 'Amazon compares redirect_uri with the registered redirect URIs, which are absolute https URLs.',
      fix: 'Pass the full URI, e.g. https://example.com/amazon/callback, exactly as registered on the app.',
    });
    return findings;
  }
  if (scheme[1]?.toLowerCase() !== 'https') {
    findings.push({
      id: 'consent-url-redirect-uri-not-https',
      severity: 'error',
      scenario: 'md9100',
      field: FIELD,
      title: `redirect_uri uses ${scheme[1] ?? ''}://, not https://`,
      why: 'Asked about consent-page errors, an Amazon solutions architect checked that the Login and Redirect URIs are HTTPS; plain http redirect URIs are a known cause of failures.',
      fix: 'Serve the callback over HTTPS and register and pass the https:// URI.',
    });
  }
  findings.push({
    id: 'consent-url-redirect-uri-registered',
    severity: 'info',
    scenario: 'md5101',
    field: FIELD,
    title: `redirect_uri must equal a registered redirect URI, byte for byte: ${echo(FIELD, value, 80)}`,
    why: 'Any difference (scheme, host case, port, path, trailing slash, query) gives MD5101.',
    fix: "Compare it with the app's OAuth Redirect URIs using the Redirect URI checker.",
  });
  return findings;
}
