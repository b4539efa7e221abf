// The catalog's enumerations, free of zod so the app can use them without shipping the validator.

/** The consoles a reader can work in; a navigation step names its menu path per console. */
export const CONSOLES = ['seller-central', 'solution-provider-portal', 'vendor-central'] as const;

/** Where a symptom shows up. The start page and the error index group by this. */
export const WHERES = ['consent-page', 'token-request', 'api-call', 'developer-console'] as const;

/** The interactive checkers (`/tools/:name`). */
export const TOOLS = ['consent-url', 'redirect-uri', 'token-request', 'region', 'operation'] as const;

/** The kind of host a pasted text talks to, as the analyzer recognises it. */
export const HOST_KINDS = ['lwa-token', 'spapi', 'spapi-sandbox', 'seller-central', 'vendor-central'] as const;
