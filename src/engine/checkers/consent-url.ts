// Consent URL checker: parses an OAuth authorization URI and explains each part;
// and a builder for a correct one per marketplace.
import { BETA_VERSION, CONSENT_PATH } from '../oauth-reference.ts';
import { findMarketplace, lookupConsoleHost, type ConsoleKind, type MarketplaceCode, type RegionId } from '../regions.ts';
import { hostFindings } from './consent-url-host.ts';
import { checkConsentParams } from './consent-url-params.ts';
import { parseConsentQuery, type QueryParam } from './consent-url-query.ts';
import type { Finding } from './finding.ts';
import { cleanPastedUrl, shorten } from './text.ts';

export interface ParsedConsentUrl {
  /** The URL after clean-up (quotes, whitespace and line breaks removed; https:// added if missing). */
  url: string;
  host: string;
  console?: ConsoleKind;
  region?: RegionId;
  marketplaces: MarketplaceCode[];
  path: string;
  params: QueryParam[];
  fragment?: string;
}

export interface ConsentUrlResult {
  findings: Finding[];
  parsed?: ParsedConsentUrl;
}

function cleanupFindings(input: string): { url: string; findings: Finding[] } {
  const c = cleanPastedUrl(input);
  const findings: Finding[] = [];
  if (c.trimmed || c.unwrapped) {
    findings.push({
      id: 'consent-url-cleaned',
      severity: 'info',
      title: 'Removed surrounding spaces, quotes or backticks before checking',
      why: 'They come from copying; make sure your code does not add them to the URL it sends.',
    });
  }
  if (c.innerWhitespace) {
    findings.push({
      id: 'consent-url-inner-whitespace',
      severity: 'warning',
      title: 'The URL contains spaces or line breaks; checked with them removed',
      why: 'A space or line break inside a URL changes it: the browser encodes it as %20 or cuts the URL there, so Amazon receives a different value.',
      fix: 'Build the URL on one line without spaces, and percent-encode values.',
    });
  }
  if (c.innerQuotes) {
    findings.push({
      id: 'consent-url-inner-quotes',
      severity: 'warning',
      title: 'The URL contains quotes or backticks; checked with them removed',
      why: 'Quotes become part of a parameter value (e.g. application_id="…"), so Amazon cannot match it.',
      fix: 'Remove the quotes from the URL your code builds.',
    });
  }
  return { url: c.url, findings };
}

function pathFinding(path: string): Finding {
  if (path === CONSENT_PATH)
    return { id: 'consent-url-path-ok', severity: 'ok', field: 'path', title: `Path is ${CONSENT_PATH}`, why: 'That is the consent page.' };
  const near = path.toLowerCase().replace(/\/+$/, '') === CONSENT_PATH;
  return {
    id: 'consent-url-path',
    severity: 'error',
    field: 'path',
    title: `Path is "${shorten(path || '/', 60)}", not ${CONSENT_PATH}`,
    why: near
      ? 'Paths are case-sensitive and a trailing slash makes a different path.'
      : 'The consent page is at /apps/authorize/consent on every Seller Central and Vendor Central host.',
    fix: `Use ${CONSENT_PATH}.`,
  };
}

/** Splits a cleaned URL into scheme, host, path, query and fragment without normalising anything. */
function splitUrl(url: string): { scheme: string; host: string; path: string; query: string; fragment?: string } | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#:]*)(?::\d*)?([^?#]*)/i.exec(url);
  if (!m) return undefined;
  const rest = url.slice(m[0].length);
  const hash = rest.indexOf('#');
  const beforeHash = hash === -1 ? rest : rest.slice(0, hash);
  const split = {
    scheme: (m[1] ?? '').toLowerCase(),
    host: (m[2] ?? '').toLowerCase(),
    path: m[3] ?? '',
    query: beforeHash.replace(/^\?/, ''),
  };
  return hash === -1 ? split : { ...split, fragment: rest.slice(hash + 1) };
}

function schemeFindings(url: string): { url: string; findings: Finding[] } {
  if (/^https:\/\//i.test(url)) return { url, findings: [] };
  if (/^http:\/\//i.test(url)) {
    return {
      url,
      findings: [
        {
          id: 'consent-url-not-https',
          severity: 'warning',
          field: 'scheme',
          title: 'The consent URL uses http://',
          why: 'Seller Central and Vendor Central are served over HTTPS.',
          fix: 'Start the URL with https://.',
        },
      ],
    };
  }
  if (/^[a-z0-9.-]+\.[a-z]{2,}(?:[/?]|$)/i.test(url)) {
    return {
      url: `https://${url}`,
      findings: [
        {
          id: 'consent-url-no-scheme',
          severity: 'warning',
          field: 'scheme',
          title: 'The URL has no https://; checked as if it had',
          why: 'Without a scheme, a link or redirect treats the URL as a path on your own site.',
          fix: 'Start the URL with https://.',
        },
      ],
    };
  }
  return { url, findings: [] };
}

/** Checks a pasted consent (OAuth authorization) URL. Never throws. */
export function checkConsentUrl(input: string): ConsentUrlResult {
  const text = typeof input === 'string' ? input : '';
  if (text.trim() === '') {
    return {
      findings: [
        {
          id: 'consent-url-empty',
          severity: 'error',
          title: 'No URL to check',
          why: 'Paste the authorization URL your app sends sellers to.',
          fix: 'e.g. https://sellercentral.amazon.com/apps/authorize/consent?application_id=…&state=…',
        },
      ],
    };
  }
  const cleaned = cleanupFindings(text);
  const scheme = schemeFindings(cleaned.url);
  const findings = [...cleaned.findings, ...scheme.findings];
  const parts = splitUrl(scheme.url);
  if (!parts || parts.host === '') {
    findings.push({
      id: 'consent-url-invalid',
      severity: 'error',
      title: 'This is not an absolute URL',
      why: 'A consent URL starts with https:// and a Seller Central or Vendor Central host.',
      fix: 'Paste the full URL, e.g. https://sellercentral.amazon.com/apps/authorize/consent?application_id=…&state=…',
    });
    return { findings };
  }
  const query = parseConsentQuery(parts.query);
  const paramFindings = checkConsentParams(query.params, parts.fragment);
  const betaJoinedWrong = query.findings.some((f) => f.id === 'consent-url-beta-question-mark');
  findings.push(
    ...hostFindings(parts.host),
    pathFinding(parts.path),
    ...query.findings,
    ...paramFindings.filter((f) => !(betaJoinedWrong && f.id === 'consent-url-beta')),
  );
  if (parts.fragment !== undefined && !findings.some((f) => f.id === 'consent-url-redirect-uri-fragment')) {
    findings.push({
      id: 'consent-url-fragment',
      severity: 'warning',
      field: 'fragment',
      title: `The URL ends in a fragment: #${shorten(parts.fragment, 40)}`,
      why: 'Browsers do not send the part after `#` to Amazon, so any parameter written there is lost.',
      fix: 'Move the parameters before the `#` (joined with `&`) and drop the fragment.',
    });
  }
  const known = lookupConsoleHost(parts.host);
  const parsed: ParsedConsentUrl = {
    url: scheme.url,
    host: parts.host,
    marketplaces: known?.marketplaces ?? [],
    path: parts.path,
    params: query.params,
    ...(known ? { console: known.console, region: known.region } : {}),
    ...(parts.fragment !== undefined ? { fragment: parts.fragment } : {}),
  };
  return { findings, parsed };
}

export interface ConsentUrlOptions {
  /** Marketplace code (US, UK, DE), marketplace ID or country name. */
  marketplace: string;
  applicationId: string;
  /** The app is still Draft: adds version=beta. */
  draft: boolean;
  state?: string;
  redirectUri?: string;
  /** Seller Central (default) or Vendor Central. */
  console?: ConsoleKind;
}

/**
 * A consent URL: {console host}/apps/authorize/consent?application_id=…&state=…[&redirect_uri=…][&version=beta],
 * every value percent-encoded. Returns '' for an unknown marketplace or one without that console.
 */
export function buildConsentUrl(options: ConsentUrlOptions): string {
  const m = findMarketplace(options.marketplace);
  const host = options.console === 'vendor-central' ? m?.vendorCentral : m?.sellerCentral;
  if (!host) return '';
  const params: Array<[string, string]> = [['application_id', options.applicationId.trim()]];
  if (options.state !== undefined && options.state !== '') params.push(['state', options.state]);
  if (options.redirectUri !== undefined && options.redirectUri.trim() !== '') params.push(['redirect_uri', options.redirectUri.trim()]);
  if (options.draft) params.push(['version', BETA_VERSION]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `https://${host}${CONSENT_PATH}?${query}`;
}
