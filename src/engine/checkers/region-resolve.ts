// Reads each input of the region checker into a selling region, with a finding that says what it is.
import {
  REGIONS,
  REGION_IDS,
  findMarketplace,
  lookupConsoleHost,
  lookupSpApiHost,
  parseRegion,
  regionForAwsRegion,
  regionLabel,
  type RegionId,
} from '../regions.ts';
import { maskSecrets } from '../secrets.ts';
import type { Finding } from './finding.ts';
import { cleanPastedUrl, didYouMean, shorten } from './text.ts';

/** User input as it may be shown: trimmed, secrets masked, shortened. */
const quote = (text: string, max: number) => shorten(maskSecrets(text.trim()).text, max);

export interface Resolved {
  region?: RegionId;
  findings: Finding[];
  /** A marketplace ID found in the endpoint URL's marketplaceIds parameter. */
  marketplaceId?: string;
}

const PRODUCTION_HOSTS = REGION_IDS.map((r) => REGIONS[r].productionHost);
const AWS_REGIONS = REGION_IDS.map((r) => REGIONS[r].awsRegion);

/** The host of a URL or bare host, ignoring a leading HTTP method ("GET https://…"). */
function hostOf(text: string): string {
  const url = cleanPastedUrl(text.replace(/^\s*[A-Z]{3,7}\s+/, '')).url;
  return (url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0] ?? '').toLowerCase();
}

export function resolveEndpoint(text: string): Resolved {
  const host = hostOf(text);
  const marketplaceId = /[?&]marketplaceIds=([A-Z0-9]{8,20})/i.exec(text)?.[1];
  const sp = lookupSpApiHost(host);
  if (sp) {
    const r = REGIONS[sp.region];
    const findings: Finding[] = [
      {
        id: 'region-endpoint',
        severity: 'ok',
        field: 'endpoint',
        title: `${host} is the ${regionLabel(sp.region)} ${sp.environment} endpoint (AWS region ${r.awsRegion})`,
        why: `It serves the marketplaces of ${r.name} only.`,
      },
    ];
    if (sp.environment === 'sandbox') {
      findings.push({
        id: 'region-endpoint-sandbox',
        severity: 'info',
        field: 'endpoint',
        title: 'This is the sandbox endpoint',
        why: 'The sandbox returns static mocked responses; it is for testing calls, not real seller data.',
        fix: `For real data call https://${r.productionHost}.`,
      });
    }
    return { region: sp.region, findings, ...(marketplaceId ? { marketplaceId } : {}) };
  }
  const console = lookupConsoleHost(host);
  const near = didYouMean(host, PRODUCTION_HOSTS, 3);
  const what = console
    ? 'a Seller/Vendor Central host, not an SP-API endpoint'
    : host === 'api.amazon.com'
      ? 'the LWA token endpoint, not an SP-API endpoint'
      : 'not an SP-API endpoint';
  return {
    findings: [
      {
        id: 'region-endpoint-unknown',
        severity: 'error',
        field: 'endpoint',
        title: `${quote(host || text, 60) || 'The endpoint'} is ${what}`,
        why: `SP-API calls go to one of three regional hosts: ${PRODUCTION_HOSTS.join(', ')} (sandbox.… for the sandbox).`,
        fix: near ? `Did you mean https://${near}?` : "Use the endpoint of the seller's region.",
      },
    ],
  };
}

export function resolveMarketplace(text: string, fromUrl = false): Resolved {
  const m = findMarketplace(text);
  const field = 'marketplace';
  if (m) {
    const how = fromUrl ? ' (from marketplaceIds in the endpoint URL)' : '';
    return {
      region: m.region,
      findings: [
        {
          id: 'region-marketplace',
          severity: 'ok',
          field,
          title: `${m.id} is ${m.country} (${m.code}), region ${regionLabel(m.region)}${how}`,
          why: `Its endpoint is https://${REGIONS[m.region].productionHost}.`,
        },
      ],
    };
  }
  const region = parseRegion(text);
  return {
    findings: [
      {
        id: 'region-marketplace-unknown',
        severity: 'error',
        field,
        title: `"${quote(text, 40)}" is not a marketplace ID or country code`,
        why: region
          ? 'That names a region; a marketplace is one country, e.g. DE or A1PA6795UKMFR9.'
          : 'Enter a marketplace ID (e.g. ATVPDKIKX0DER) or a country code (US, UK, DE, JP…).',
      },
    ],
  };
}

/** The AWS region inside a credential scope: "eu-west-1", "20240101/eu-west-1/execute-api/aws4_request" or "Credential=AKID/…". */
export function resolveCredentialScope(text: string): Resolved {
  const field = 'credentialScopeRegion';
  const segments = text.trim().split(/[/\s,]+/);
  const aws = segments.find((s) => /^[a-z]{2}(?:-[a-z]+)+-\d$/i.test(s))?.toLowerCase();
  const legacy: Finding = {
    id: 'region-signing-legacy',
    severity: 'info',
    scenario: 'credential-scope-region',
    field,
    title: 'Request signing (SigV4) is no longer required',
    why: 'Since 2 October 2023 SP-API needs only the LWA access token; IAM and Signature Version 4 are optional.',
    fix: 'Consider removing the signing; if you keep it, scope it to the AWS region of the endpoint.',
  };
  const findings: Finding[] = [];
  if (/\//.test(text) && !/execute-api/.test(text)) {
    findings.push({
      id: 'region-credential-scope-service',
      severity: 'warning',
      scenario: 'credential-scope-region',
      field,
      title: 'The credential scope does not name the execute-api service',
      why: 'SP-API credential scopes read <date>/<aws-region>/execute-api/aws4_request.',
    });
  }
  if (!aws) {
    const typed = parseRegion(text);
    return {
      findings: [
        ...findings,
        {
          id: 'region-credential-scope-invalid',
          severity: 'error',
          scenario: 'credential-scope-region',
          field,
          title: `No AWS region found in "${quote(text, 60)}"`,
          why: `The credential scope names an AWS region: ${AWS_REGIONS.join(', ')}.`,
          ...(typed ? { fix: `For ${regionLabel(typed)} that is ${REGIONS[typed].awsRegion}.` } : {}),
        },
        legacy,
      ],
    };
  }
  const region = regionForAwsRegion(aws);
  if (!region) {
    return {
      findings: [
        ...findings,
        {
          id: 'region-credential-scope-invalid',
          severity: 'error',
          scenario: 'credential-scope-region',
          field,
          title: `${aws} is not an SP-API region`,
          why: `SP-API accepts only ${AWS_REGIONS.join(', ')} (NA, EU, FE); anything else is rejected with "Credential should be scoped to a valid region".`,
          fix: 'Use the AWS region paired with the endpoint you call.',
        },
        legacy,
      ],
    };
  }
  return {
    region,
    findings: [
      ...findings,
      {
        id: 'region-credential-scope',
        severity: 'ok',
        field,
        title: `Credential scope region ${aws} belongs to ${regionLabel(region)}`,
        why: `It fits https://${REGIONS[region].productionHost}.`,
      },
      legacy,
    ],
  };
}

/** The region whose authorization issued the refresh token: na/eu/fe, a region name, a marketplace or a host. */
export function resolveToken(text: string): Resolved {
  const field = 'tokenRegion';
  const region =
    parseRegion(text) ?? findMarketplace(text)?.region ?? lookupConsoleHost(hostOf(text))?.region ?? lookupSpApiHost(hostOf(text))?.region;
  if (region) {
    return {
      region,
      findings: [
        {
          id: 'region-token',
          severity: 'ok',
          field,
          title: `The refresh token comes from a ${regionLabel(region)} authorization`,
          why: 'Authorizations are regional: such a token works with every marketplace of that region and no other.',
        },
      ],
    };
  }
  return {
    findings: [
      {
        id: 'region-token-unknown',
        severity: 'error',
        field,
        title: `"${quote(text, 40)}" is not a region`,
        why: 'Enter na, eu or fe (or North America, Europe, Far East, or the marketplace the seller authorized in).',
      },
    ],
  };
}
