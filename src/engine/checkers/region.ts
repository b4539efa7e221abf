// Region checker: endpoint, marketplace, credential-scope region and the region whose authorization
// issued the refresh token, checked against each other.
import { MARKETPLACES, REGIONS, regionLabel, type RegionId } from '../regions.ts';
import type { Finding } from './finding.ts';
import { resolveCredentialScope, resolveEndpoint, resolveMarketplace, resolveToken, type Resolved } from './region-resolve.ts';

export interface RegionInput {
  /** SP-API endpoint URL or host. */
  endpoint?: string;
  /** Marketplace ID (ATVPDKIKX0DER) or country code (US, UK/GB, DE…). */
  marketplace?: string;
  /** AWS region (eu-west-1) or a full SigV4 credential / credential scope (legacy signing). */
  credentialScopeRegion?: string;
  /** Region of the authorization that issued the refresh token: na/eu/fe, a name, or a marketplace. */
  tokenRegion?: string;
}

type Input = 'endpoint' | 'marketplace' | 'credentialScope' | 'token';

export interface RegionResult {
  findings: Finding[];
  /** The selling region each given input points to. */
  resolved: Partial<Record<Input, RegionId>>;
}

const countries = (r: RegionId) =>
  MARKETPLACES.filter((m) => m.region === r)
    .map((m) => m.code)
    .join(', ');
const endpointOf = (r: RegionId) => `https://${REGIONS[r].productionHost}`;

/** What a pair disagreement means and what each side should be. */
function pairFinding(a: Input, b: Input, ra: RegionId, rb: RegionId): Finding {
  const la = regionLabel(ra);
  const lb = regionLabel(rb);
  const id = `region-mismatch-${kebab(a)}-${kebab(b)}`;
  const base = { id, severity: 'error' as const, field: `${a},${b}` };
  if (a === 'endpoint' && b === 'marketplace') {
    return {
      ...base,
      scenario: 'unauthorized-region-mismatch',
      title: `The marketplace is in ${lb} but the endpoint serves ${la}`,
      why: "Each endpoint serves only its own region's marketplaces, and seller accounts are regional: the call is refused with 403 Unauthorized.",
      fix: `Call ${endpointOf(rb)} for this marketplace, or use a ${la} marketplace (${countries(ra)}).`,
    };
  }
  if (b === 'credentialScope') {
    const scenario = 'credential-scope-region';
    return {
      ...base,
      scenario,
      title: `The credential scope is ${REGIONS[rb].awsRegion} (${lb}) but the ${a === 'endpoint' ? 'endpoint' : a} is in ${la}`,
      why: 'A signed request must be scoped to the AWS region paired with the endpoint; SP-API answered other scopes with 403 InvalidSignature "Credential should be scoped to a valid region".',
      fix: `Sign with ${REGIONS[ra].awsRegion} for ${endpointOf(ra)}, or stop signing (not required since 2 October 2023).`,
    };
  }
  if (b === 'token') {
    return {
      ...base,
      scenario: 'unauthorized-region-mismatch',
      title: `The refresh token comes from a ${lb} authorization but the ${a === 'credentialScope' ? 'credential scope' : a} is in ${la}`,
      why: "Authorizations are regional: each region has its own refresh token, and an access token made from another region's refresh token is refused with 403 Unauthorized.",
      fix: `Use the refresh token from the seller's ${la} authorization (authorize there first if needed), or call ${endpointOf(rb)}.`,
    };
  }
  return {
    ...base,
    scenario: 'unauthorized-region-mismatch',
    title: `${a} points to ${la}, ${b} to ${lb}`,
    why: 'They must be in the same region.',
  };
}

function kebab(input: Input): string {
  return input === 'credentialScope' ? 'credential-scope' : input;
}

const ORDER: readonly Input[] = ['endpoint', 'marketplace', 'credentialScope', 'token'];

function agreement(resolved: Partial<Record<Input, RegionId>>): Finding[] {
  const given = ORDER.filter((k) => resolved[k] !== undefined);
  const findings: Finding[] = [];
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const a = given[i] as Input;
      const b = given[j] as Input;
      const ra = resolved[a] as RegionId;
      const rb = resolved[b] as RegionId;
      if (ra !== rb) findings.push(pairFinding(a, b, ra, rb));
    }
  }
  const regions = given.map((k) => resolved[k] as RegionId);
  if (given.length >= 2 && findings.length === 0) {
    findings.push({
      id: 'region-all-agree',
      severity: 'ok',
      title: `Everything points to ${regionLabel(regions[0] as RegionId)}`,
      why: 'Endpoint, marketplace, credential scope and refresh token must all belong to one region, and they do.',
    });
  }
  if (given.length >= 3) {
    const odd = given.find((k) => given.filter((o) => resolved[o] === resolved[k]).length === 1);
    const rest = given.filter((k) => k !== odd);
    if (odd && rest.every((k) => resolved[k] === resolved[rest[0] as Input])) {
      findings.push({
        id: 'region-odd-one-out',
        severity: 'info',
        field: odd,
        title: `Everything points to ${regionLabel(resolved[rest[0] as Input] as RegionId)} except the ${odd === 'credentialScope' ? 'credential scope' : odd}`,
        why: 'When all other inputs agree, the odd one is the likely mistake.',
      });
    }
  }
  return findings;
}

/** Checks the regions of the given inputs against each other. Never throws. */
export function checkRegion(input: RegionInput): RegionResult {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const endpoint = text(input?.endpoint);
  const marketplace = text(input?.marketplace);
  const scope = text(input?.credentialScopeRegion);
  const token = text(input?.tokenRegion);
  const results: Partial<Record<Input, Resolved>> = {};
  if (endpoint) results.endpoint = resolveEndpoint(endpoint);
  const fromUrl = marketplace === undefined ? results.endpoint?.marketplaceId : undefined;
  if (marketplace || fromUrl) results.marketplace = resolveMarketplace(marketplace ?? fromUrl ?? '', fromUrl !== undefined);
  if (scope) results.credentialScope = resolveCredentialScope(scope);
  if (token) results.token = resolveToken(token);
  const resolved: Partial<Record<Input, RegionId>> = {};
  const findings: Finding[] = [];
  for (const k of ORDER) {
    const r = results[k];
    if (!r) continue;
    findings.push(...r.findings);
    if (r.region) resolved[k] = r.region;
  }
  if (Object.keys(results).length === 0) {
    findings.push({
      id: 'region-no-input',
      severity: 'info',
      title: 'Nothing to compare yet',
      why: 'Enter at least two of: the endpoint you call, the marketplace, the credential-scope region (if you still sign requests) and the region the refresh token was issued for.',
    });
  }
  findings.push(...agreement(resolved));
  return { findings, resolved };
}
