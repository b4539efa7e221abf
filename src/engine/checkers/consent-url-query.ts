// Query-string parsing for the consent URL checker, tolerant of the usual mistakes: a second `?`
// instead of `&`, a redirect_uri that is not percent-encoded, malformed escapes.
import { CONSENT_PARAMS } from '../oauth-reference.ts';
import type { Finding } from './finding.ts';
import { safeDecode, shorten } from './text.ts';

export interface QueryParam {
  name: string;
  /** Decoded value (the raw value when it cannot be decoded). */
  value: string;
  /** The value as written in the URL. */
  raw: string;
}

export interface ParsedQuery {
  params: QueryParam[];
  findings: Finding[];
}

const KNOWN: ReadonlySet<string> = new Set(CONSENT_PARAMS);

function toParam(piece: string, findings: Finding[]): QueryParam {
  const eq = piece.indexOf('=');
  const name = eq === -1 ? piece : piece.slice(0, eq);
  const raw = eq === -1 ? '' : piece.slice(eq + 1);
  const value = safeDecode(raw);
  if (value === undefined) {
    findings.push({
      id: 'consent-url-bad-encoding',
      severity: 'warning',
      field: name,
      title: `The value of ${shorten(name, 40)} has a malformed percent-escape`,
      why: 'A % must be followed by two hex digits. Amazon may reject the URL or read a different value.',
      fix: "Build the URL with encodeURIComponent (or your language's equivalent) for each value.",
    });
  }
  return { name, raw, value: value ?? raw };
}

/** A piece like `application_id=X?version=beta`: the first part, and what followed each extra `?`. */
function splitExtraQuestionMarks(piece: string, findings: Finding[]): string[] {
  const parts = piece.split('?');
  if (parts.length === 1) return parts;
  const extras = parts.slice(1).filter((p) => p !== '');
  const beta = extras.find((p) => p.toLowerCase().startsWith('version='));
  findings.push(
    beta
      ? {
          id: 'consent-url-beta-question-mark',
          severity: 'error',
          scenario: 'md1000',
          field: 'version',
          title: '`version=beta` is joined with a second `?` instead of `&`',
          why: `Only the first \`?\` starts the query, so Amazon reads "${shorten(piece, 60)}" as one value and never sees version=beta. Developers report MD1000 from exactly this.`,
          fix: 'Join every parameter after the first with `&`: `...&application_id=...&state=...&version=beta`.',
        }
      : {
          id: 'consent-url-extra-question-mark',
          severity: 'error',
          scenario: 'md1000',
          field: parts[0]?.split('=')[0] ?? '',
          title: 'A second `?` in the query string',
          why: `Only the first \`?\` starts the query; "${shorten(piece, 60)}" becomes a single value, so the parameters after the extra \`?\` are lost.`,
          fix: 'Replace the extra `?` with `&`.',
        },
  );
  return [parts[0] ?? '', ...extras];
}

/** Splits a consent URL query into parameters, reporting malformed joins and encoding on the way. */
export function parseConsentQuery(query: string): ParsedQuery {
  const findings: Finding[] = [];
  const params: QueryParam[] = [];
  const pieces = query.split('&').filter((p) => p !== '');
  let redirect: QueryParam | undefined;
  const splitOff: string[] = [];
  for (const piece of pieces) {
    const name = piece.split('=')[0] ?? '';
    if (name === 'redirect_uri') {
      redirect = toParam(piece, findings);
      params.push(redirect);
      continue;
    }
    if (redirect?.raw.includes('?') && !KNOWN.has(name)) {
      splitOff.push(piece);
      continue;
    }
    for (const part of splitExtraQuestionMarks(piece, findings)) params.push(toParam(part, findings));
  }
  if (redirect && splitOff.length > 0) {
    findings.push({
      id: 'consent-url-redirect-uri-split',
      severity: 'error',
      scenario: 'md5101',
      field: 'redirect_uri',
      title: `The redirect_uri's own query is cut off at \`&\`: ${shorten(splitOff.join('&'), 60)}`,
      why: `The redirect URI is not percent-encoded, so its \`&\` ends the redirect_uri value. Amazon sees redirect_uri=${shorten(redirect.value, 80)}, which is not the URI you meant and likely not a registered one (MD5101).`,
      fix: 'Percent-encode the whole redirect URI with encodeURIComponent before putting it in the consent URL.',
    });
  }
  return { params, findings };
}
