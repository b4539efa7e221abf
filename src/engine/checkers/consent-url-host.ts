// The host of a consent URL: which Seller/Vendor Central it is and which region it serves.
import {
  MARKETPLACES,
  consoleHosts,
  findMarketplace,
  lookupConsoleHost,
  lookupSpApiHost,
  regionLabel,
  type ConsoleHost,
} from '../regions.ts';
import type { Finding } from './finding.ts';
import { didYouMean, shorten } from './text.ts';

function isAmazonHost(host: string): boolean {
  return /(^|\.)amazon\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/.test(host);
}

/** For sellercentral.amazon.de: the console host Amazon lists for that country's marketplace. */
function suggestConsoleHost(host: string): string | undefined {
  const tld = /\.amazon\.([a-z.]+)$/.exec(host)?.[1];
  const vendor = host.startsWith('vendorcentral');
  const m = tld && MARKETPLACES.find((x) => x.sellerCentral.endsWith(`.amazon.${tld}`) || x.vendorCentral?.endsWith(`.amazon.${tld}`));
  if (m) return vendor ? m.vendorCentral : m.sellerCentral;
  return didYouMean(
    host,
    consoleHosts().map((h) => h.host),
    3,
  );
}

function consoleHostFinding(known: ConsoleHost): Finding[] {
  const countries = known.marketplaces.map((code) => findMarketplace(code)?.country ?? code).join(', ');
  const name = known.console === 'seller-central' ? 'Seller Central' : 'Vendor Central';
  const findings: Finding[] = [
    {
      id: 'consent-url-host',
      severity: 'ok',
      field: 'host',
      title: `${name} host for ${countries}: region ${regionLabel(known.region)}`,
      why: `An authorization through this URL covers every marketplace of the ${regionLabel(known.region)} region. Send each partner to the URL of their own region.`,
    },
  ];
  if (known.confidence === 'low') {
    findings.push({
      id: 'consent-url-host-unconfirmed',
      severity: 'info',
      field: 'host',
      title: `${known.host} is listed only by third-party pages`,
      why: 'Amazon\'s developer guide does not list this Seller Central host; the official list is the "Seller Central URLs" page of the SP-API docs.',
      fix: 'If the consent page does not load, check that page for the current URL.',
    });
  }
  if (known.console === 'vendor-central') {
    findings.push({
      id: 'consent-url-vendor-host',
      severity: 'info',
      scenario: 'vendor-seller-mismatch',
      field: 'host',
      title: 'Vendor Central URL: this creates a vendor authorization',
      why: 'Vendor APIs need an authorization through Vendor Central, seller APIs one through Seller Central; one does not cover the other.',
      fix: "If your partner is a seller, use their region's Seller Central URL instead.",
    });
  }
  return findings;
}

/** What the consent URL's host is: a console host and its region, or the kind of mistake. */
export function hostFindings(host: string): Finding[] {
  const known = lookupConsoleHost(host);
  if (known) return consoleHostFinding(known);
  const base = { field: 'host' } as const;
  if (lookupSpApiHost(host)) {
    return [
      {
        ...base,
        id: 'consent-url-host-spapi',
        severity: 'error',
        title: `${host} is an SP-API endpoint, not a consent page`,
        why: 'Sellers authorize on a Seller Central (or Vendor Central) page; the SP-API endpoint only serves API calls.',
        fix: "Use the Seller Central URL of the seller's region, e.g. https://sellercentral.amazon.com/apps/authorize/consent?… for the US.",
      },
    ];
  }
  if (isAmazonHost(host)) {
    const near = suggestConsoleHost(host);
    return [
      {
        ...base,
        id: 'consent-url-host-unknown-amazon',
        severity: 'warning',
        title: `${host} is not a known Seller Central or Vendor Central host`,
        why: "The consent page lives on the Seller Central or Vendor Central host of the partner's marketplace; other Amazon hosts do not serve it.",
        fix: near ? `Did you mean https://${near}?` : "Use the Seller Central URL of the seller's marketplace.",
      },
    ];
  }
  return [
    {
      ...base,
      id: 'consent-url-host-not-amazon',
      severity: 'error',
      title: `${shorten(host, 60)} is not an Amazon host`,
      why: 'The consent URL must point at Seller Central or Vendor Central. (Your own site belongs in redirect_uri.)',
      fix: "Start the URL with the Seller Central URL of the seller's marketplace, e.g. https://sellercentral.amazon.com.",
    },
  ];
}
