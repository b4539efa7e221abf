// Confirmed facts the catalog states, as a table of scenario (or question) and fact, so an edit cannot
// change one silently: token lifetimes, secret rotation, re-authorization, authorization limits, the
// grantless operations, the marketplace ids and the region endpoints. Also: every verbatim symptom
// (a message or a non-empty details text) names the source where it was seen.
import { describe, expect, it } from 'vitest';
import type { Catalog } from './schema.ts';
import { loadCatalogFile } from './load-file.ts';

const catalog = loadCatalogFile();

type CatalogNode = Catalog['nodes'][string];

/** Everything a reader can read on the node's page, as one string. */
function pageText(node: CatalogNode): string {
  if (node.kind === 'question')
    return [node.title, node.summary, node.help, ...node.answers.flatMap((a) => [a.label, a.hint ?? ''])].join('\n');
  return [
    node.title,
    node.summary,
    node.cause,
    ...node.symptoms.flatMap((s) => [s.message ?? '', s.details ?? '', s.note ?? '']),
    ...node.steps.flatMap((s) => [s.text, s.example ?? '', s.nav?.note ?? '']),
    ...node.checklist.map((c) => c.text),
    ...node.confirm,
    ...(node.notes ?? []).map((n) => n.text),
  ].join('\n');
}

const ENDPOINTS = [
  'North America (`na`): CA, US, MX, BR -> https://sellingpartnerapi-na.amazon.com (AWS region us-east-1)',
  'Europe (`eu`): IE, ES, UK, FR, BE, NL, DE, IT, SE, ZA, PL, SA, EG, TR, AE, IN -> https://sellingpartnerapi-eu.amazon.com (eu-west-1)',
  'Far East (`fe`): SG, AU, JP -> https://sellingpartnerapi-fe.amazon.com (us-west-2)',
];

const MARKETPLACE_IDS: ReadonlyArray<readonly [code: string, id: string]> = [
  ['CA', 'A2EUQ1WTGCTBG2'],
  ['US', 'ATVPDKIKX0DER'],
  ['MX', 'A1AM78C64UM0Y8'],
  ['BR', 'A2Q3Y263D00KWC'],
  ['IE', 'A28R8C7NBKEWEA'],
  ['ES', 'A1RKKUPIHCS9HS'],
  ['UK', 'A1F83G8C2ARO7P'],
  ['FR', 'A13V1IB3VIYZZH'],
  ['BE', 'AMEN7PMS3EDWL'],
  ['NL', 'A1805IZSGTT6HS'],
  ['DE', 'A1PA6795UKMFR9'],
  ['IT', 'APJ6JRA9NG5V4'],
  ['SE', 'A2NODRKZP88ZB9'],
  ['ZA', 'AE08WJ6YKNBMC'],
  ['PL', 'A1C3SOZRARQ6R3'],
  ['EG', 'ARBP9OOSHTCHU'],
  ['TR', 'A33AVAJ2PDY3EV'],
  ['SA', 'A17E79C6D8DWNP'],
  ['AE', 'A2VIGQ35RCS4UG'],
  ['IN', 'A21TJRUUN4KGV'],
  ['SG', 'A19VAU5U5O7RUS'],
  ['AU', 'A39IBJ37TRP1C6'],
  ['JP', 'A1VC38T7YXB528'],
];

const GRANTLESS = [
  'createDestination',
  'getDestinations',
  'getDestination',
  'deleteDestination',
  'getSubscriptionById',
  'deleteSubscriptionById',
  'rotateApplicationClientSecret',
];

/** [node id, the fact, the exact wording the page must keep]. */
const FACTS: ReadonlyArray<readonly [string, string, string]> = [
  // Token lifetimes: access token 1 hour, authorization code 5 minutes.
  [
    'access-token-expired',
    'an access token lives one hour',
    'An LWA access token is valid for one hour after it is issued (`expires_in` 3600).',
  ],
  ['access-token-expired', 'a Restricted Data Token expires after an hour in Amazon examples', '`expiresIn` 3600'],
  ['lwa-invalid-grant-code', 'the authorization code lives 5 minutes', 'The code is valid for only 5 minutes'],
  ['lwa-invalid-grant-code', 'a successful exchange returns a one-hour access token', '`expires_in` 3600'],
  ['token-request-500', 'the token response carries expires_in 3600', '`expires_in` 3600'],
  ['reauthorization-required', 'the new code is exchanged within 5 minutes', 'within 5 minutes'],
  ['restricted-data-token', 'an RDT expires after an hour in Amazon examples', '`expiresIn` 3600'],
  // Secret rotation: every 180 days, 90-day notice, old secret works 7 more days.
  ['lwa-secret-expired', 'rotate every 180 days', 'rotate the LWA client secret of every app every 180 days'],
  ['lwa-secret-expired', 'a notice 90 days before the deadline', 'sends a notice 90 days before the deadline'],
  ['lwa-secret-expired', 'the old secret keeps working for 7 days', 'the old one keeps working for 7 days'],
  ['lwa-secret-expired', 'only the primary user can rotate', 'Only the primary account user can rotate.'],
  [
    'invalid-client',
    'the question states 180 days and 7 days',
    'Client secrets must be rotated every 180 days, and after a rotation the old secret keeps working for only 7 days.',
  ],
  ['console-notice', 'the notice names the 180-day rotation', 'must be rotated within 180 days'],
  // Re-authorization after 365 days or a new role.
  ['reauthorization-required', 'public apps are re-authorized every 365 days', 're-authorize your public application every 365 days'],
  ['reauthorization-required', 'and whenever a role is added', 'whenever you add a role to the app'],
  [
    'lwa-invalid-grant-refresh',
    're-authorization every 365 days and after a role',
    'Public apps must be re-authorized every 365 days and whenever you add a role to the app.',
  ],
  // Authorization limits: 10 / 25 / unlimited, since 25 April 2022.
  ['authorization-limit', 'limits since 25 April 2022', 'Since 25 April 2022 every SP-API app has a limit on authorizations'],
  ['authorization-limit', 'private: 10 self-authorizations, no OAuth', 'A private app allows 10 self-authorizations and no OAuth.'],
  [
    'authorization-limit',
    'public unlisted: 10 self plus 25 seller OAuth, vendor unlimited',
    'allows 10 self-authorizations and 25 seller OAuth authorizations; vendor OAuth authorizations are unlimited.',
  ],
  [
    'authorization-limit',
    'public listed: unlimited OAuth',
    'A public app listed on the Appstore allows 10 self-authorizations and unlimited OAuth.',
  ],
  // Grantless operations.
  ...GRANTLESS.map((op) => ['grantless-token-mixup', `${op} is grantless`, `\`${op}\``] as const),
  ['grantless-token-mixup', 'grantless tokens come from client_credentials', '`grant_type=client_credentials`'],
  ['grantless-token-mixup', 'getAuthorizationCode is retired', 'its Authorization API was retired in March 2024'],
  // Marketplace ids, as the region steps list them.
  ...MARKETPLACE_IDS.map(([code, id]) => ['wrong-marketplace', `${code} is ${id}`, `${code} ${id}`] as const),
  // Region endpoints and their AWS regions.
  ...ENDPOINTS.flatMap((line) =>
    ['credential-scope-region', 'unauthorized-region-mismatch', 'missing-authentication-token'].map(
      (id) => [id, `endpoint table: ${line.slice(0, 24)}`, line] as const,
    ),
  ),
  [
    'region-or-marketplace',
    'the region question names each region',
    '`sellingpartnerapi-na` (CA, US, MX, BR), `sellingpartnerapi-eu` (IE, ES, UK, FR, BE, NL, DE, IT, SE, ZA, PL, SA, EG, TR, AE, IN) or `sellingpartnerapi-fe` (SG, AU, JP)',
  ],
  ['signature-mismatch', 'AWS region per endpoint (legacy signing)', '(`us-east-1` for NA, `eu-west-1` for EU, `us-west-2` for FE)'],
];

describe('confirmed facts stay as they are', () => {
  it.each(FACTS)('%s: %s', (id, _fact, wording) => {
    const node = catalog.nodes[id];
    expect(node, `node ${id}`).toBeDefined();
    if (node) expect(pageText(node)).toContain(wording);
  });

  it('lists every marketplace id exactly once in the marketplace scenario', () => {
    const node = catalog.nodes['wrong-marketplace'];
    const text = node ? pageText(node) : '';
    const ids = [...text.matchAll(/\b[A-Z0-9]{13,14}\b/g)].map((m) => m[0]).filter((id) => /[0-9]/.test(id) && /[A-Z]/.test(id));
    expect(new Set(ids)).toEqual(new Set(MARKETPLACE_IDS.map(([, id]) => id)));
  });
});

describe('verbatim symptoms', () => {
  const verbatim = Object.entries(catalog.nodes).flatMap(([id, node]) =>
    node.kind === 'scenario'
      ? node.symptoms.flatMap((s, i) =>
          (s.message ?? '') !== '' || (s.details ?? '') !== ''
            ? [[`${id} symptom ${i}`, s.source, node.sources.map((x) => x.url)] as const]
            : [],
        )
      : [],
  );

  it('exist', () => {
    expect(verbatim.length).toBeGreaterThan(20);
  });

  it.each(verbatim)('%s names a source listed on its scenario', (_where, source, urls) => {
    expect(source, 'add "source": the URL where this exact text was seen').toBeDefined();
    expect(urls).toContain(source);
  });
});
