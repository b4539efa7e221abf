// The paste analyzer: any text in, what it recognised and the catalog nodes it points to out.
// Pure: no React, no DOM, no network. Secrets are masked before anything else reads the text, so no
// signal, chip or reason can carry one. Never throws; reads at most MAX_ANALYZED characters.
import type { HostKind } from '../../catalog/schema.ts';
import type { RulesCatalog } from './rules-catalog.ts';
import { REGIONS, MARKETPLACES } from '../regions.ts';
import { maskSecrets } from '../secrets.ts';
import { extract, type Extracted } from './extract.ts';
import { applyOperationSignals } from './operation-signals.ts';
import { PHRASE_LABELS } from './phrases.ts';
import { compile, rank, type Scored } from './rank.ts';
import { condense, MAX_ANALYZED, normalise, shorten } from './text.ts';

export { maskSecrets } from '../secrets.ts';
export { MAX_ANALYZED } from './text.ts';

export interface AnalysisSignal {
  /** What kind of thing was recognised: status, code, host... */
  kind: SignalKind;
  /** For people: "HTTP status", "Host". */
  label: string;
  /** The value as recognised (secret-masked, shortened). */
  value: string;
}

export type SignalKind =
  | 'status'
  | 'code'
  | 'lwa-error'
  | 'md-code'
  | 'error-type'
  | 'message'
  | 'details'
  | 'host'
  | 'region'
  | 'aws-region'
  | 'marketplace'
  | 'grant-type'
  | 'oauth-params'
  | 'consent-url'
  | 'operation'
  | 'path'
  | 'report-type'
  | 'request-id'
  | 'phrase'
  | 'signing'
  | 'sdk';

export interface AnalysisMatch {
  id: string;
  kind: 'scenario' | 'question';
  title: string;
  score: number;
  /** One line: why this node matches. */
  why: string;
}

export interface AnalysisOutside {
  id: string;
  title: string;
  /** Where to look instead. */
  advice: string;
  why: string;
  score: number;
}

export interface SecretsSummary {
  /** How many secret values the text held. */
  count: number;
  /** Their kinds, for people ("LWA refresh token"), each once. */
  kinds: string[];
  /** The analysed text with every secret masked. */
  maskedText: string;
}

export interface Analysis {
  signals: AnalysisSignal[];
  secrets: SecretsSummary;
  /** A non-authorization error, when it is the best explanation of the text. */
  outside?: AnalysisOutside;
  /** Authorization nodes, best first (after `outside` when there is one). */
  matches: AnalysisMatch[];
  /** Anything at all was recognised. */
  recognised: boolean;
  /** The text was longer than MAX_ANALYZED; only its start was read. */
  truncated: boolean;
}

/** Matches below this score are noise, not a diagnosis. */
const MIN_SCORE = 5;
const MAX_MATCHES = 6;
const MAX_CHIPS = 24;

const EMPTY: Analysis = {
  signals: [],
  secrets: { count: 0, kinds: [], maskedText: '' },
  matches: [],
  recognised: false,
  truncated: false,
};

/** Compiles the catalog's rules ahead of the first analysis (the UI calls it when the box gets focus). */
export function prepare(catalog: RulesCatalog): void {
  try {
    compile(catalog);
    analyzeText('HTTP/1.1 403 Forbidden {"code":"Unauthorized"}', catalog);
  } catch {
    // analyze() reports nothing for a catalog it cannot read; there is nothing to prepare.
  }
}

/** The UI's entry: never throws (a failure reports nothing), whatever it is given. */
export function analyze(text: unknown, catalog: RulesCatalog): Analysis {
  try {
    return analyzeText(typeof text === 'string' ? text : '', catalog);
  } catch {
    return { ...EMPTY, secrets: { ...EMPTY.secrets } };
  }
}

/** The analysis itself, unguarded: the property tests call this, so an exception in it fails them. */
export function analyzeText(input: string, catalog: RulesCatalog): Analysis {
  const truncated = input.length > MAX_ANALYZED;
  const head = truncated ? input.slice(0, MAX_ANALYZED) : input;
  const masked = maskSecrets(head);
  const secrets: SecretsSummary = {
    count: masked.found.length,
    kinds: [...new Set(masked.found.map((f) => f.label))],
    maskedText: masked.text,
  };
  if (masked.text.trim() === '') return { ...EMPTY, secrets, truncated };

  const text = condense(normalise(masked.text));
  const lower = text.toLowerCase();
  const ex = extract(text, lower);
  const ranked = rank(catalog, ex, lower);
  applyOperationSignals(ranked.auth, ex, lower, catalog);
  const signals = chips(ex);

  const bestAuth = ranked.auth[0];
  const bestOutside = ranked.outside.find((o) => o.score >= MIN_SCORE);
  const outsideFirst = bestOutside !== undefined && (bestAuth === undefined || bestOutside.score >= bestAuth.score);
  const outside = outsideFirst ? toOutside(bestOutside, catalog) : undefined;
  const matches = ranked.auth
    .filter((s) => s.score >= MIN_SCORE && (!outside || s.score < outside.score))
    .slice(0, MAX_MATCHES)
    .map(toMatch);

  return {
    signals,
    secrets,
    ...(outside ? { outside } : {}),
    matches,
    recognised: signals.length > 0 || matches.length > 0 || outside !== undefined,
    truncated,
  };
}

function toMatch(s: Scored): AnalysisMatch {
  return { id: s.id, kind: s.kind === 'question' ? 'question' : 'scenario', title: s.title, score: s.score, why: s.why };
}

function toOutside(s: Scored, catalog: RulesCatalog): AnalysisOutside {
  const entry = catalog.outside?.find((o) => o.id === s.id);
  return { id: s.id, title: s.title, advice: entry?.advice ?? '', why: s.why, score: s.score };
}

const HOST_LABELS: Readonly<Record<HostKind, string>> = {
  'lwa-token': 'LWA token endpoint',
  spapi: 'SP-API',
  'spapi-sandbox': 'SP-API sandbox',
  'seller-central': 'Seller Central',
  'vendor-central': 'Vendor Central',
};

/** What was recognised, as short labelled values for chips. */
function chips(ex: Extracted): AnalysisSignal[] {
  const out: AnalysisSignal[] = [];
  const add = (kind: SignalKind, label: string, value: string) => {
    if (value !== '' && out.length < MAX_CHIPS) out.push({ kind, label, value: shorten(value) });
  };
  for (const s of ex.statuses) add('status', 'HTTP status', String(s));
  const special = new Set([...ex.lwaErrors, ...ex.mdCodes, ...ex.errorTypes].map((c) => c.toLowerCase()));
  for (const c of ex.codes) if (!special.has(c.toLowerCase())) add('code', 'Error code', c);
  for (const e of ex.errorTypes) add('error-type', 'x-amzn-ErrorType', e);
  for (const e of ex.lwaErrors) add('lwa-error', 'LWA error', e);
  for (const m of ex.mdCodes) add('md-code', 'Consent page code', m);
  for (const m of ex.messages.slice(0, 3)) add('message', 'Message', m);
  if (ex.detailsEmpty) add('details', 'Details', '(empty)');
  for (const d of ex.details.slice(0, 2)) add('details', 'Details', d);
  for (const h of ex.hosts) {
    const where = h.region ? `, ${REGIONS[h.region].name}` : '';
    add('host', HOST_LABELS[h.kind], `${h.host}${where}`);
  }
  if (ex.hostKinds.has('lwa-token') && !ex.hosts.some((h) => h.kind === 'lwa-token'))
    add('host', HOST_LABELS['lwa-token'], '/auth/o2/token');
  for (const r of ex.regions) add('region', 'Region', `${REGIONS[r].name} (${r})`);
  for (const a of ex.awsRegions) add('aws-region', 'AWS region', a);
  for (const code of ex.marketplaces.slice(0, 4)) {
    const mp = MARKETPLACES.find((m) => m.code === code);
    add('marketplace', 'Marketplace', mp ? `${mp.country} (${code})` : code);
  }
  for (const g of ex.grantTypes) add('grant-type', 'grant_type', g);
  if (ex.oauthParams.length > 0) add('oauth-params', 'OAuth parameters', ex.oauthParams.join(', '));
  for (const c of ex.consentUrls.slice(0, 2)) {
    const beta = c.beta ? 'version=beta' : c.betaAfterQuestionMark ? 'version=beta joined with a second ?' : 'no version=beta';
    add('consent-url', 'Consent URL', `${c.host || 'authorize/consent'}, ${beta}`);
  }
  for (const o of ex.operations.slice(0, 4)) add('operation', 'Operation', o);
  for (const p of ex.paths.slice(0, 3)) add('path', 'Path', p);
  for (const r of ex.reportTypes.slice(0, 3)) add('report-type', 'Report type', r);
  for (const id of ex.requestIds.slice(0, 1)) add('request-id', 'Request ID', id);
  for (const p of ex.phrases) add('phrase', 'You said', PHRASE_LABELS[p]);
  if (ex.signals.has('legacy-signing')) add('signing', 'Signing', 'AWS SigV4 / IAM');
  if (ex.signals.has('lwa-login-url')) add('host', 'Login with Amazon', 'sign-in URL (/ap/oa)');
  if (ex.signals.has('login-uri-callback') && !ex.oauthParams.some((p) => p.startsWith('amazon_')))
    add('oauth-params', 'OAuth parameters', 'amazon_callback_uri / amazon_state');
  if (ex.signals.has('authorization-code-api')) add('operation', 'Operation', 'getAuthorizationCode (Authorization API)');
  if (ex.signals.has('sdk-credentials')) add('sdk', 'SDK setup', 'LWA credentials in code');
  return out;
}
