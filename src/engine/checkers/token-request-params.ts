// Checks on the LWA token request's parameters.
import {
  APP_ID_PREFIXES,
  CLIENT_ID_PATTERN,
  CLIENT_ID_PREFIX,
  DOCUMENTED_SCOPES,
  GRANT_RULES,
  TOKEN_PARAMS,
  UNCONFIRMED_SCOPES,
  type GrantType,
  type TokenParam,
} from '../oauth-reference.ts';
import { leadingKind } from '../secret-prefixes.ts';
import type { Finding } from './finding.ts';
import { checkGrantType } from './token-request-grant.ts';
import { didYouMean, shorten } from './text.ts';

export interface TokenParamValue {
  name: string;
  value: string;
  /** Where the value was found: body, query string, HTTP Basic auth, or code. */
  where: 'body' | 'query' | 'basic-auth' | 'code';
}

const KNOWN: ReadonlySet<string> = new Set(TOKEN_PARAMS);
const ALIASES: Readonly<Record<string, TokenParam>> = {
  spapioauthcode: 'code',
  authorizationcode: 'code',
  lwaappid: 'client_id',
  lwaclientid: 'client_id',
  lwaclientsecret: 'client_secret',
  redirecturl: 'redirect_uri',
};

const MISSING_WHY: Readonly<Record<TokenParam, { why: string; fix: string; scenario: string }>> = {
  grant_type: { why: '', fix: '', scenario: 'lwa-bad-token-request' },
  code: {
    why: 'The authorization_code grant exchanges the spapi_oauth_code that Amazon sent to your redirect URI.',
    fix: 'Send code=<the spapi_oauth_code value>.',
    scenario: 'lwa-invalid-grant-code',
  },
  redirect_uri: {
    why: 'The developer guide lists redirect_uri for the code exchange, but its own example leaves it out; whether LWA requires it is not documented clearly.',
    fix: 'Send the same redirect_uri that the consent flow used.',
    scenario: 'lwa-invalid-grant-code',
  },
  refresh_token: {
    why: "The refresh_token grant needs the refresh token (Atzr|…) that the seller's authorization produced.",
    fix: 'Send refresh_token=<Atzr|…>, URL-encoded.',
    scenario: 'lwa-invalid-grant-refresh',
  },
  scope: {
    why: 'A grantless token is issued for one scope, e.g. sellingpartnerapi::notifications.',
    fix: 'Send scope=sellingpartnerapi::notifications (or the scope of the grantless operation you call).',
    scenario: 'lwa-bad-token-request',
  },
  client_id: {
    why: 'LWA identifies your app by client_id (in the body, or as the user of HTTP Basic auth); without it LWA answers invalid_client.',
    fix: "Send client_id=amzn1.application-oa2-client.… from the app's LWA credentials.",
    scenario: 'lwa-invalid-client',
  },
  client_secret: {
    why: 'LWA authenticates your app with client_secret (in the body, or as the password of HTTP Basic auth); without it LWA answers invalid_client.',
    fix: "Send client_secret from the app's LWA credentials (View).",
    scenario: 'lwa-invalid-client',
  },
};

function requiredFindings(grant: GrantType, has: (p: TokenParam) => boolean, empty: (p: TokenParam) => boolean): Finding[] {
  const rule = GRANT_RULES[grant];
  const out: Finding[] = [];
  for (const p of rule.required) {
    if (has(p) && !empty(p)) continue;
    const info = MISSING_WHY[p];
    const soft = p === 'redirect_uri';
    out.push({
      id: `token-request-missing-${p.replace(/_/g, '-')}`,
      severity: soft ? 'warning' : 'error',
      scenario: info.scenario,
      field: p,
      title: `${p} is ${has(p) ? 'empty' : 'missing'} (grant_type=${grant} needs it)`,
      why: info.why,
      fix: info.fix,
    });
  }
  if (grant === 'refresh_token' && has('scope')) {
    out.push({
      id: 'token-request-scope-with-refresh-token',
      severity: 'error',
      scenario: 'lwa-bad-token-request',
      field: 'scope',
      title: 'scope is sent with grant_type=refresh_token',
      why: "The developer guide's refresh-token request has no scope; scope belongs to client_credentials (grantless) requests.",
      fix: 'Remove scope from the refresh-token request.',
    });
  }
  if (grant === 'client_credentials' && has('refresh_token')) {
    out.push({
      id: 'token-request-refresh-token-with-client-credentials',
      severity: 'error',
      scenario: 'grantless-token-mixup',
      field: 'refresh_token',
      title: 'refresh_token is sent with grant_type=client_credentials',
      why: 'client_credentials returns a grantless token for your app, not for a seller; a refresh token does not belong in it.',
      fix: "For a seller's access token use grant_type=refresh_token; for a grantless token drop refresh_token and send scope.",
    });
  }
  for (const p of TOKEN_PARAMS) {
    if (p === 'grant_type' || !has(p) || rule.required.includes(p) || rule.forbidden.includes(p)) continue;
    out.push({
      id: 'token-request-param-not-used',
      severity: 'info',
      field: p,
      title: `${p} is not used by grant_type=${grant}`,
      why: `grant_type=${grant} takes ${rule.required.join(', ')}.`,
      fix: `Remove ${p}, or check that grant_type is the one you meant.`,
    });
  }
  return out;
}

function shapeFindings(get: (p: TokenParam) => TokenParamValue | undefined, grant: GrantType | undefined): Finding[] {
  const out: Finding[] = [];
  const clientId = get('client_id');
  if (clientId && clientId.value !== '' && !CLIENT_ID_PATTERN.test(clientId.value)) {
    const appId = APP_ID_PREFIXES.some((p) => clientId.value.toLowerCase().startsWith(p));
    out.push(
      appId
        ? {
            id: 'token-request-client-id-is-app-id',
            severity: 'error',
            scenario: 'lwa-invalid-client',
            field: 'client_id',
            title: 'client_id holds the SP-API app ID, not the LWA client ID',
            why: 'The app ID (amzn1.sp.solution.… / amzn1.sellerapps.app.…) belongs in the consent URL; LWA knows the app by its LWA client identifier and answers invalid_client otherwise.',
            fix: "Use the client identifier from the app's LWA credentials: amzn1.application-oa2-client.…",
          }
        : {
            id: 'token-request-client-id-shape',
            severity: 'warning',
            scenario: 'lwa-invalid-client',
            field: 'client_id',
            title: `client_id does not look like an LWA client ID (${shorten(clientId.value, 50)})`,
            why: `LWA client IDs look like ${CLIENT_ID_PREFIX}<32 hex>; anything else gets invalid_client.`,
            fix: "Copy the client identifier from the app's LWA credentials (View).",
          },
    );
  }
  const secret = get('client_secret');
  if (secret && secret.value.toLowerCase().startsWith(CLIENT_ID_PREFIX)) {
    out.push({
      id: 'token-request-client-secret-is-client-id',
      severity: 'error',
      scenario: 'lwa-invalid-client',
      field: 'client_secret',
      title: 'client_secret holds the LWA client ID',
      why: "client_id and client_secret are two different values from the app's LWA credentials; LWA answers invalid_client.",
      fix: 'Put the client secret (View under LWA credentials) in client_secret.',
    });
  }
  const refresh = get('refresh_token');
  const refreshKind = refresh ? leadingKind(refresh.value) : null;
  if (grant === 'refresh_token' && refresh && refresh.value !== '' && refreshKind !== 'lwa-refresh-token') {
    const access = refreshKind === 'lwa-access-token' || refreshKind === 'restricted-data-token' || refreshKind === 'grantless-token';
    out.push({
      id: access ? 'token-request-refresh-token-is-access-token' : 'token-request-refresh-token-shape',
      severity: access ? 'error' : 'warning',
      scenario: 'lwa-invalid-grant-refresh',
      field: 'refresh_token',
      title: access ? 'refresh_token holds an access token, not a refresh token' : 'refresh_token does not start with Atzr|',
      why: 'Refresh tokens start with Atzr|; access tokens (Atza|, Atc|, Atz.sprdt|) expire after an hour and cannot be refreshed. LWA answers invalid_grant.',
      fix: "Send the refresh token stored from the seller's authorization.",
    });
  }
  const scope = get('scope');
  if (grant === 'client_credentials' && scope && scope.value !== '') {
    const documented = (DOCUMENTED_SCOPES as readonly string[]).includes(scope.value);
    const unconfirmed = (UNCONFIRMED_SCOPES as readonly string[]).includes(scope.value);
    if (!documented) {
      out.push(
        unconfirmed
          ? {
              id: 'token-request-scope-unconfirmed',
              severity: 'info',
              scenario: 'lwa-bad-token-request',
              field: 'scope',
              title: `scope ${scope.value} is named only by third parties`,
              why: "Amazon's guide documents sellingpartnerapi::notifications and sellingpartnerapi::migration.",
              fix: "If LWA answers invalid_scope, check the scope in the grantless operation's documentation.",
            }
          : {
              id: 'token-request-scope-unknown',
              severity: 'warning',
              scenario: 'lwa-bad-token-request',
              field: 'scope',
              title: `scope "${shorten(scope.value, 50)}" is not a documented grantless scope`,
              why: 'Documented scopes: sellingpartnerapi::notifications, sellingpartnerapi::migration. LWA answers invalid_scope for a scope it does not accept.',
              fix: 'Use the scope of the grantless operation you call.',
            },
      );
    }
  }
  return out;
}

function nameFindings(params: readonly TokenParamValue[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const p of params) {
    if (p.where === 'basic-auth') continue;
    if (seen.has(p.name)) {
      if (KNOWN.has(p.name))
        out.push({
          id: 'token-request-duplicate-param',
          severity: 'error',
          field: p.name,
          title: `${p.name} is sent more than once`,
          why: 'Which value LWA uses is not documented; the request may fail with invalid_request.',
          fix: `Send ${p.name} once.`,
        });
      continue;
    }
    seen.add(p.name);
    if (KNOWN.has(p.name)) continue;
    const near = ALIASES[p.name.toLowerCase().replace(/[-_]/g, '')] ?? didYouMean(p.name, TOKEN_PARAMS, 3);
    out.push(
      near
        ? {
            id: 'token-request-param-typo',
            severity: 'warning',
            scenario: 'lwa-bad-token-request',
            field: p.name,
            title: `Unknown parameter ${shorten(p.name, 40)}: did you mean ${near}?`,
            why: 'LWA ignores parameters it does not know, so this value is not used.',
            fix: `Rename it to ${near}.`,
          }
        : {
            id: 'token-request-unknown-param',
            severity: 'info',
            field: p.name,
            title: `Unknown parameter ${shorten(p.name, 40)}`,
            why: `The token endpoint takes ${TOKEN_PARAMS.join(', ')}.`,
          },
    );
  }
  return out;
}

/** All parameter checks. Values are never echoed except client_id, scope and grant_type (not secrets). */
export function checkTokenParams(params: readonly TokenParamValue[]): Finding[] {
  const get = (p: TokenParam) => params.find((x) => x.name === p);
  const grantValue = get('grant_type');
  const { grant, findings } = checkGrantType(grantValue?.value);
  const out = [...findings];
  if (grant)
    out.push(
      ...requiredFindings(
        grant,
        (p) => get(p) !== undefined,
        (p) => get(p)?.value === '',
      ),
    );
  out.push(...shapeFindings(get, grant), ...nameFindings(params));
  if (grant === 'authorization_code') {
    out.push({
      id: 'token-request-code-lifetime',
      severity: 'info',
      scenario: 'lwa-invalid-grant-code',
      field: 'code',
      title: 'The authorization code is valid for 5 minutes and works once',
      why: 'invalid_grant "… : code" means the code expired or was already used. Exchange it right after Amazon redirects back, in server code, and never retry with the same code.',
      fix: 'If the exchange failed, start the authorization again to get a fresh code.',
    });
  }
  return out;
}
