// The public scenario ids: URLs people share, so they never change. The unit and end-to-end tests both
// check them against the catalog.
/** The scenarios of Amazon's original error page: readers reach each within five clicks. */
export const SEED = [
  'md1000',
  'md5101',
  'md5110',
  'md9010',
  'md9100',
  'token-request-500',
  'credential-scope-region',
  'unauthorized-account-health',
  'unauthorized-region-mismatch',
  'unauthorized-app-roles',
  'unauthorized-missing-role',
  'missing-authentication-token',
];
/** The scenarios added beyond that page. */
export const BEYOND = [
  'lwa-invalid-grant-code',
  'lwa-invalid-grant-refresh',
  'lwa-invalid-client',
  'lwa-secret-expired',
  'lwa-bad-token-request',
  'access-token-invalid',
  'access-token-missing',
  'iam-arn-mismatch',
  'signature-mismatch',
  'restricted-data-token',
  'grantless-token-mixup',
  'reauthorization-required',
  'authorization-limit',
  'wrong-marketplace',
  'vendor-seller-mismatch',
];
/** From public reports the first catalog did not cover. */
export const REPORTED = [
  'consent-not-eligible',
  'authorize-new-developer-form',
  'developer-profile-pending',
  'sandbox-denied',
  'login-uri-no-code',
  'private-developer-oauth',
  'lwa-login-instead-of-consent',
  'app-edit-pending',
  'authorization-api-legacy',
  'amazon-side-incident',
  'api-not-in-region',
];
