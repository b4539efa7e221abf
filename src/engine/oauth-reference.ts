// The OAuth authorization URI shape and the LWA token request format (3.5, 5.x).

/** Path of the consent page on every Seller Central / Vendor Central host. */
export const CONSENT_PATH = '/apps/authorize/consent';

/** Query parameters of the consent URI (3.4): application_id and state always, the rest optional. */
export const CONSENT_PARAMS = ['application_id', 'state', 'redirect_uri', 'version'] as const;
export type ConsentParam = (typeof CONSENT_PARAMS)[number];

/** The only documented `version` value; only while the app is Draft. */
export const BETA_VERSION = 'beta';

/** SP-API application ID: amzn1.sp.solution.<uuid> or the older amzn1.sellerapps.app.<uuid> (section 4). */
export const APP_ID_PATTERN = /^amzn1\.(?:sp\.solution|sellerapps\.app)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const APP_ID_PREFIXES = ['amzn1.sp.solution.', 'amzn1.sellerapps.app.'] as const;

/** LWA client identifier: amzn1.application-oa2-client.<32 hex> (section 4). */
export const CLIENT_ID_PREFIX = 'amzn1.application-oa2-client.';
export const CLIENT_ID_PATTERN = /^amzn1\.application-oa2-client\.[0-9a-f]{32}$/i;

/** LWA token endpoint (3.5). Other api.amazon.* hosts are unconfirmed for SP-API (5.4). */
export const LWA_TOKEN_HOST = 'api.amazon.com';
export const LWA_TOKEN_PATH = '/auth/o2/token';
export const LWA_TOKEN_URL = `https://${LWA_TOKEN_HOST}${LWA_TOKEN_PATH}`;
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export const GRANT_TYPES = ['authorization_code', 'refresh_token', 'client_credentials'] as const;
export type GrantType = (typeof GRANT_TYPES)[number];

/** Every parameter the token endpoint knows. */
export const TOKEN_PARAMS = ['grant_type', 'code', 'redirect_uri', 'refresh_token', 'scope', 'client_id', 'client_secret'] as const;
export type TokenParam = (typeof TOKEN_PARAMS)[number];

export interface GrantRule {
  /** Body parameters the grant needs (client_id/client_secret may come from Basic auth instead). */
  required: readonly TokenParam[];
  /** Parameters that must not be sent with this grant. */
  forbidden: readonly TokenParam[];
  /** What the grant is for. */
  use: string;
}

export const GRANT_RULES: Readonly<Record<GrantType, GrantRule>> = {
  authorization_code: {
    required: ['code', 'redirect_uri', 'client_id', 'client_secret'],
    forbidden: [],
    use: 'one-time exchange of spapi_oauth_code for a refresh token (the code lives 5 minutes)',
  },
  refresh_token: {
    required: ['refresh_token', 'client_id', 'client_secret'],
    forbidden: ['scope'],
    use: 'an access token for SP-API calls (valid 1 hour)',
  },
  client_credentials: {
    required: ['scope', 'client_id', 'client_secret'],
    forbidden: ['refresh_token'],
    use: 'a grantless access token for grantless operations',
  },
};

/** Scopes documented for client_credentials (DG21). */
export const DOCUMENTED_SCOPES = ['sellingpartnerapi::notifications', 'sellingpartnerapi::migration'] as const;
/** A scope named only by third-party pages, never by Amazon's own. */
export const UNCONFIRMED_SCOPES = ['sellingpartnerapi::client_credential:rotation'] as const;

export const AUTH_CODE_LIFETIME_SECONDS = 300;
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
