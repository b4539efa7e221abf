// Checks on the consent URL's parameters.
import { APP_ID_PATTERN, APP_ID_PREFIXES, BETA_VERSION, CLIENT_ID_PREFIX, CONSENT_PARAMS } from '../oauth-reference.ts';
import type { Finding } from './finding.ts';
import type { QueryParam } from './consent-url-query.ts';
import { checkConsentRedirectUri } from './consent-url-redirect.ts';
import { didYouMean, echo, shorten } from './text.ts';

const KNOWN: ReadonlySet<string> = new Set(CONSENT_PARAMS);

/** Names people use instead of the documented ones (compared without case, `_` or `-`). */
const ALIASES: Readonly<Record<string, string>> = {
  appid: 'application_id',
  app: 'application_id',
  solutionid: 'application_id',
  clientid: 'application_id',
  redirecturl: 'redirect_uri',
  redirect: 'redirect_uri',
  callback: 'redirect_uri',
  callbackurl: 'redirect_uri',
  returnurl: 'redirect_uri',
};

/** The documented parameter an unknown name most likely stands for. */
function intendedParam(name: string): string | undefined {
  return ALIASES[name.toLowerCase().replace(/[-_]/g, '')] ?? didYouMean(name, CONSENT_PARAMS, 3);
}

function checkApplicationId(param: QueryParam | undefined, typo: string | undefined): Finding {
  const field = 'application_id';
  if (!param || param.value === '') {
    return {
      id: 'consent-url-application-id-missing',
      severity: 'error',
      field,
      title: typo ? `application_id is missing (is \`${typo}\` meant to be application_id?)` : 'application_id is missing',
      why: 'Amazon needs the SP-API application ID to know which app the seller authorizes.',
      fix: 'Add `application_id=<your app ID>`, as shown in Develop Apps (amzn1.sp.solution.… or amzn1.sellerapps.app.…).',
    };
  }
  const v = param.value;
  if (APP_ID_PATTERN.test(v)) {
    return {
      id: 'consent-url-application-id-ok',
      severity: 'ok',
      field,
      title: `application_id is an SP-API app ID (${echo(field, v)})`,
      why: 'The consent page needs the app ID, not the LWA client ID.',
    };
  }
  if (v.toLowerCase().startsWith(CLIENT_ID_PREFIX)) {
    return {
      id: 'consent-url-application-id-is-client-id',
      severity: 'error',
      scenario: 'md1000',
      field,
      title: 'application_id holds the LWA client ID, not the app ID',
      why: '`amzn1.application-oa2-client.…` is the LWA client identifier, used only at the token endpoint. A developer got MD1000 from this mix-up.',
      fix: 'Use the App ID shown next to the app in Develop Apps (amzn1.sp.solution.… or amzn1.sellerapps.app.…).',
    };
  }
  if (APP_ID_PREFIXES.some((p) => v.toLowerCase().startsWith(p))) {
    return {
      id: 'consent-url-application-id-malformed',
      severity: 'warning',
      field,
      title: `application_id has the right prefix but not the usual ID shape: ${echo(field, v)}`,
      why: 'An SP-API app ID ends in a UUID (8-4-4-4-12 hex digits). A truncated or placeholder ID makes Amazon fail to find the app.',
      fix: 'Copy the App ID again from Develop Apps, in full.',
    };
  }
  return {
    id: 'consent-url-application-id-unknown',
    severity: 'error',
    field,
    title: `application_id is not an SP-API app ID: ${echo(field, v)}`,
    why: 'SP-API app IDs look like amzn1.sp.solution.<uuid> (or the older amzn1.sellerapps.app.<uuid>).',
    fix: 'Use the App ID shown next to the app in Develop Apps.',
  };
}

function checkState(param: QueryParam | undefined): Finding {
  if (!param || param.value === '') {
    return {
      id: 'consent-url-state-missing',
      severity: 'warning',
      field: 'state',
      title: 'No `state` value',
      why: 'Amazon sends `state` back to your redirect URI; the developer guide asks for a short-lived, per-user unique value, so you can reject forged or replayed redirects.',
      fix: "Generate a random value per authorization attempt, store it in the user's session, add `&state=<value>` and compare it when Amazon redirects back.",
    };
  }
  if (param.value.length < 8 || /example/i.test(param.value)) {
    return {
      id: 'consent-url-state-weak',
      severity: 'info',
      field: 'state',
      title: `state looks fixed or guessable (${echo('state', param.value, 30)})`,
      why: 'A constant or short state does not protect the redirect; the developer guide recommends a short-lived unique value.',
      fix: 'Use a random value of 16+ characters per attempt, and check it on return.',
    };
  }
  return {
    id: 'consent-url-state-ok',
    severity: 'ok',
    field: 'state',
    title: 'state is present',
    why: 'Check it against the value stored for the user when Amazon redirects back.',
  };
}

function checkVersion(param: QueryParam | undefined): Finding {
  if (!param) {
    return {
      id: 'consent-url-no-beta',
      severity: 'info',
      scenario: 'md1000',
      field: 'version',
      title: 'No `version=beta`: right for a published app only',
      why: 'While the app is in Draft status, the production flow without version=beta ends in MD1000.',
      fix: 'If the app is still Draft, append `&version=beta`; drop it once the app is published.',
    };
  }
  if (param.value === BETA_VERSION) {
    return {
      id: 'consent-url-beta',
      severity: 'info',
      scenario: 'md1000',
      field: 'version',
      title: '`version=beta` is set: right while the app is Draft',
      why: 'version=beta authorizes the Draft version of the app. Once the app is published, remove it.',
    };
  }
  return {
    id: 'consent-url-version-unknown',
    severity: 'warning',
    scenario: 'md1000',
    field: 'version',
    title: `version=${echo('version', param.value, 30)} is not a documented value`,
    why: 'The only documented value is `beta` (Draft apps).',
    fix: 'Use `version=beta` while the app is Draft, or leave `version` out for a published app.',
  };
}

function checkParamNames(params: readonly QueryParam[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name) && KNOWN.has(p.name)) {
      findings.push({
        id: 'consent-url-duplicate-param',
        severity: 'error',
        field: p.name,
        title: `${p.name} appears more than once`,
        why: 'Amazon reads only one of the values, and which one is not documented.',
        fix: `Keep a single ${p.name}.`,
      });
    }
    seen.add(p.name);
  }
  for (const name of seen) {
    if (KNOWN.has(name)) continue;
    const near = intendedParam(name);
    findings.push(
      near && !seen.has(near)
        ? {
            id: 'consent-url-param-typo',
            severity: 'warning',
            field: name,
            title: `Unknown parameter \`${shorten(name, 40)}\`: did you mean \`${near}\`?`,
            why: 'Amazon ignores parameters it does not know, so this value is not used.',
            fix: `Rename it to \`${near}\`.`,
          }
        : {
            id: 'consent-url-unknown-param',
            severity: 'info',
            field: name,
            title: `Unknown parameter \`${shorten(name, 40)}\``,
            why: 'The consent URL takes application_id, state, redirect_uri and version; Amazon ignores anything else.',
          },
    );
  }
  return findings;
}

/** Every parameter check on the parsed query. `fragment` is the part after `#`, if any. */
export function checkConsentParams(params: readonly QueryParam[], fragment: string | undefined): Finding[] {
  const get = (name: string) => params.find((p) => p.name === name);
  const typo = params.find((p) => !KNOWN.has(p.name) && intendedParam(p.name) === 'application_id');
  const appId = checkApplicationId(get('application_id'), typo?.name);
  // Under a misspelt name, the value is still worth checking (app_id=amzn1.application-oa2-client…).
  const typoValue = appId.id === 'consent-url-application-id-missing' && typo?.value ? checkApplicationId(typo, undefined) : undefined;
  const redirect = get('redirect_uri');
  const redirectIsLast = redirect !== undefined && params[params.length - 1] === redirect;
  return [
    appId,
    ...(typoValue && typoValue.severity !== 'ok' ? [typoValue] : []),
    checkState(get('state')),
    checkVersion(get('version')),
    ...checkConsentRedirectUri(redirect, redirectIsLast ? fragment : undefined),
    ...checkParamNames(params),
  ];
}
