// The grant_type parameter: one of the three grants, with a did-you-mean for misspellings.
import { GRANT_RULES, GRANT_TYPES, type GrantType } from '../oauth-reference.ts';
import type { Finding } from './finding.ts';
import { didYouMean, shorten } from './text.ts';

/** Spellings seen in the wild, compared without case, `_`, `-` or spaces. */
const ALIASES: Readonly<Record<string, GrantType>> = {
  authenticationcode: 'authorization_code',
  authcode: 'authorization_code',
  code: 'authorization_code',
  refresh: 'refresh_token',
  clientcredential: 'client_credentials',
  grantless: 'client_credentials',
};

const isGrant = (v: string): v is GrantType => (GRANT_TYPES as readonly string[]).includes(v);

/** The grant the request means (exact, or the likely intended one) and what to say about it. */
export function checkGrantType(value: string | undefined): { grant?: GrantType; findings: Finding[] } {
  const scenario = 'lwa-bad-token-request';
  if (value === undefined || value.trim() === '') {
    return {
      findings: [
        {
          id: 'token-request-grant-type-missing',
          severity: 'error',
          scenario,
          field: 'grant_type',
          title: `grant_type is ${value === undefined ? 'missing' : 'empty'}`,
          why: 'LWA needs grant_type to know which exchange you want; without it the request fails (invalid_request or unsupported_grant_type).',
          fix: 'Send grant_type=refresh_token (access token for API calls), authorization_code (exchange spapi_oauth_code) or client_credentials (grantless).',
        },
      ],
    };
  }
  if (isGrant(value)) {
    return {
      grant: value,
      findings: [
        {
          id: 'token-request-grant-type-ok',
          severity: 'ok',
          field: 'grant_type',
          title: `grant_type=${value}`,
          why: `Used for ${GRANT_RULES[value].use}.`,
        },
      ],
    };
  }
  const guess = didYouMean(value, GRANT_TYPES, 6);
  const near = ALIASES[value.toLowerCase().replace(/[-_\s]/g, '')] ?? GRANT_TYPES.find((g) => g === guess);
  return {
    ...(near ? { grant: near } : {}),
    findings: [
      {
        id: 'token-request-grant-type-unknown',
        severity: 'error',
        scenario,
        field: 'grant_type',
        title: `grant_type "${shorten(value, 40)}" is not a grant LWA knows${near ? `: did you mean ${near}?` : ''}`,
        why: 'LWA accepts exactly authorization_code, refresh_token or client_credentials (lower case) and answers anything else with unsupported_grant_type; one developer got that error from sending authentication_code.',
        fix: near ? `Send grant_type=${near}.` : 'Send grant_type=refresh_token, authorization_code or client_credentials.',
      },
    ],
  };
}
