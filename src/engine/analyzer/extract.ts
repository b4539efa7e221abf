// Structured signals from any pasted text: HTTP status, error codes and messages, headers, hosts and
// regions, grant types, consent URLs, operations. Reads JSON bodies, Python reprs, Node inspect output,
// PHP print_r / Guzzle messages, Java and C# exception text, raw HTTP and curl, without parsing any of
// them (a key-value scan is linear and has no depth, so nested or broken input costs nothing extra).
// The text given here is already secret-masked by the caller.
import type { HostKind, PasteSignal } from '../../catalog/schema.ts';
import {
  findMarketplace,
  lookupConsoleHost,
  lookupSpApiHost,
  MARKETPLACES,
  REGIONS,
  type MarketplaceCode,
  type RegionId,
} from '../regions.ts';
import { detectPhrases, type PhraseId } from './phrases.ts';
import { matches, shorten, UniqueList, unescape } from './text.ts';

export interface HostSeen {
  host: string;
  kind: HostKind;
  region?: RegionId;
}

export interface ConsentUrlSeen {
  host: string;
  /** `version=beta` is present as its own parameter. */
  beta: boolean;
  /** `version=beta` is glued to another value with a second `?`. */
  betaAfterQuestionMark: boolean;
}

export interface Extracted {
  statuses: number[];
  /** Codes as shown: Unauthorized, invalid_grant, MD5100, MissingAuthenticationTokenException. */
  codes: string[];
  /** Lower-cased codes the rules compare with, including x-amzn-ErrorType without `Exception`. */
  codeKeys: Set<string>;
  mdCodes: string[];
  lwaErrors: string[];
  errorTypes: string[];
  messages: string[];
  details: string[];
  detailsEmpty: boolean;
  hosts: HostSeen[];
  hostKinds: Set<HostKind>;
  /** Selling regions named anywhere (hosts, marketplaces, words, SDK settings). */
  regions: RegionId[];
  awsRegions: string[];
  marketplaces: MarketplaceCode[];
  grantTypes: string[];
  oauthParams: string[];
  consentUrls: ConsentUrlSeen[];
  operations: string[];
  paths: string[];
  reportTypes: string[];
  requestIds: string[];
  phrases: PhraseId[];
  signals: Set<PasteSignal>;
}

const STATUSES = new Set([200, 201, 202, 204, 400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429, 500, 502, 503, 504]);

/** SP-API and API Gateway codes recognised as bare words (exact case, so prose does not count). */
const KNOWN_CODES = [
  'Unauthorized',
  'InvalidInput',
  'QuotaExceeded',
  'NotFound',
  'InternalFailure',
  'ServiceUnavailable',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidSignature',
  'InvalidSignatureException',
  'AccessDenied',
  'AccessDeniedException',
  'InvalidParameterValue',
  'UnrecognizedClientException',
  'ExpiredTokenException',
  'IncompleteSignatureException',
  'RequestExpired',
  'ThrottlingException',
];
const KNOWN_CODE_RE = new RegExp(`(?<![A-Za-z0-9_])(${KNOWN_CODES.join('|')})(?![A-Za-z0-9_])`, 'g');

const LWA_ERRORS = [
  'invalid_grant',
  'invalid_client',
  'invalid_request',
  'invalid_scope',
  'unauthorized_client',
  'unsupported_grant_type',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
];
const LWA_ERROR_RE = new RegExp(`(?<![a-z0-9_])(${LWA_ERRORS.join('|')})(?![a-z0-9_])`, 'gi');

const MD_CODE_RE = /(?<![A-Za-z0-9])MD[- ]?(\d{4})(?![0-9])/gi;

// key (JSON, Python, Node, PHP print_r, YAML, form) then a quoted or bare value.
const KV_RE =
  /(?<![A-Za-z0-9_])(["'[]?)(code|message|details|error|error_?description|error_?message|errormessage|message_?code|error_?code|__type|status|status_?code|http_?status(?:_?code)?|response_?code)(?::protected|:private)?["'\]]?[ \t]*(?:=>|:|=)[ \t]*(?:"((?:[^"\\\n]|\\.){0,1500})"|'((?:[^'\\\n]|\\.){0,1500})'|`([^`\n]{0,1500})`|([^\s,;}\])"'<>&]{0,160}))/gi;

const PROSE_KEYS = new Set(['message', 'details', 'errormessage', 'errordescription']);
const XML_RE = /<(Code|Message)>([^<\n]{1,500})<\/\1>/g;
const ERROR_TYPE_RE = /x-amzn-errortype["']?\s*[:=]\s*["']?([A-Za-z][A-Za-z0-9]{2,80})/gi;
const REQUEST_ID_RE = /(?:x-amzn-requestid|x-amz-request-id|request_?id)["']?\s*[:=]\s*["']?([0-9a-fA-F][0-9a-fA-F-]{15,60})/gi;

// HTTP status, in the ways people and libraries write it.
const STATUS_RES: RegExp[] = [
  /\bHTTP\/\d(?:\.\d)?\s+(\d{3})\b/gi,
  /\[(\d{3})\]/g,
  /\((\d{3})\)\s*(?=[A-Za-z])/g,
  /(?<![\w.:/#-])(\d{3})["'`]?[ \t-]{1,3}(?:forbidden|unauthori[sz]ed|not found|too many requests|internal server error|bad request|service unavailable|bad gateway|gateway time-?out|conflict|client error|server error|error|status|response|request entity too large|unsupported media type)\b/gi,
  /\b(?:http|status|error|errors|got|get|gets|getting|receive|received|receiving|return|returns|returned|returning|throw|throws|threw|throwing|response|responds|responded|a|an)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:http[ \t]+)?(?:status[ \t]+)?(?:code[ \t]+)?(?:of[ \t]+)?["'`]?(\d{3})["'`]?(?![\w.:/-])/gi,
  /(?<![\w.:/#-])(401|403|429)(?![\w.:/-])/g,
];

const EXCEPTION_STATUS: ReadonlyArray<[RegExp, number]> = [
  [/SellingApiForbiddenException|ForbiddenException|ApiException:\s*Forbidden|HttpClientError:\s*403|Client Error:\s*Forbidden/, 403],
  [/SellingApiBadRequestException|BadRequestException|ApiException:\s*Bad Request/, 400],
  [/SellingApiNotFoundException|ApiException:\s*Not Found/, 404],
  [/SellingApiRequestThrottledException|TooManyRequestsException|ApiException:\s*Too Many Requests/, 429],
  [/SellingApiServerException|ApiException:\s*Internal Server Error/, 500],
  [/SellingApiTemporarilyUnavailableException|ApiException:\s*Service Unavailable/, 503],
  [/ApiException:\s*Unauthorized/, 401],
];

/** The labels before ".amazon" (read backwards from it) and the suffix after it. */
const HOST_HEAD_RE = /(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\.){1,4}$/;
const HOST_TAIL_RE = /^(?:\.[a-z]{2,3}){1,2}(?![a-z0-9-])/;
const LWA_HOSTS = new Set(['api.amazon.com', 'api.amazon.co.uk', 'api.amazon.co.jp']);

const REGION_CODE_RE = /(?<![A-Za-z0-9_/.-])(NA|EU|FE)(?![A-Za-z0-9_-])/g;
const REGION_NAME_RE = /\b(north[ -]americ(?:a|an)|europe(?:an)?|far[ -]east(?:ern)?)\b/g;
const REGION_SETTING_RE =
  /(?:endpoint|region|regions|aws_region|selling_?region|sp_?api_?region)["']?\s*(?:::|\.|=>|=|:)\s*["']?(na|eu|fe|north_america|europe|far_east|us|japan)(?:_sandbox)?\b/gi;
const AWS_REGION_RE = /\b(us-east-1|eu-west-1|us-west-2)\b/gi;
const CREDENTIAL_SCOPE_RE = /credential=[^/\s,]{1,40}\/\d{8}\/([a-z0-9-]{4,20})\/execute-api/gi;

const MARKETPLACE_ID_RE = new RegExp(`(?<![A-Z0-9])(${MARKETPLACES.map((m) => m.id).join('|')})(?![A-Z0-9])`, 'g');
const MARKETPLACE_ENUM_RE = /\bmarket_?places?(?:\.|::|\s*=\s*["']?|\s*:\s*["'])([A-Za-z_]{2,24})\b/gi;
const COUNTRY_RE =
  /\b(canada|united states|usa|mexico|brazil|ireland|spain|united kingdom|great britain|france|belgium|netherlands|germany|italy|sweden|south africa|poland|egypt|turkey|saudi arabia|uae|united arab emirates|india|singapore|australia|japan)\b/gi;
const COUNTRY_CODE_RE = /(?<![A-Za-z0-9_.\-/])(US|UK|GB|JP|DE|FR|ES|MX|BR|AU|SG|NL|SE|PL|TR|AE|CA|IT|IN)(?![A-Za-z0-9_\-/])/g;
const RISKY_CODES = new Set(['CA', 'IT', 'IN']);
const COUNTRY_ALIASES: Readonly<Record<string, MarketplaceCode>> = {
  usa: 'US',
  'great britain': 'UK',
  uae: 'AE',
  'united arab emirates': 'AE',
};

const GRANT_RE = /grant_?type["']?\s*(?:=>|[:=])\s*["']?([A-Za-z_:-]{2,40})/gi;
const OAUTH_PARAM_RE =
  /[?&](application_id|state|version|redirect_uri|amazon_callback_uri|amazon_state|selling_partner_id|spapi_oauth_code|mws_auth_token)=/gi;
const CONSENT_HOST_RE = /([a-z0-9-]{0,40}(?:sellercentral|vendorcentral)[a-z0-9.-]{0,60})$/;
const CONSENT_REST_RE = /^[^\s"'<>`]{0,2000}/;
const LWA_HINTS = ['invalid_', 'unauthorized_client', 'unsupported_grant', 'access_denied', 'server_error', 'temporarily_unavailable'];

const OPERATION_RE =
  /(?<![A-Za-z0-9_])((?:get|list|create|search|update|put|patch|delete|confirm|cancel|submit)[A-Z][A-Za-z0-9]{2,60}|(?:Get|List|Create|Search|Update|Delete|Cancel|Confirm|Submit)[A-Z][a-z][A-Za-z0-9]{1,60})(?![A-Za-z0-9_])/g;
const SNAKE_OPERATION_RE = /(?<![A-Za-z0-9_])((?:get|list|create|search|update|delete|cancel|confirm|submit)_[a-z][a-z_]{2,50})\s*\(/g;
const PATH_RE =
  /(?<![A-Za-z0-9_.])(\/[a-z][a-zA-Z]{1,30}(?:\/[a-zA-Z]{2,40}){0,3}\/(?:v\d{1,2}|\d{4}-\d{2}-\d{2})(?:\/[A-Za-z0-9{}_.-]{0,79}[A-Za-z0-9{}_-]){0,6})/g;
/** "Catalog Items API" (read backwards from " API") and "SellersApi" / "OrdersV0Api" class names. */
const API_WORDS_RE = /(?:^|[^A-Za-z0-9_])((?:[A-Z][a-zA-Z]{2,20} ){0,3}[A-Z][a-zA-Z]{2,20})$/;
const API_CLASS_RE = /(?<![A-Za-z0-9_])([A-Z][a-zA-Z]{2,30}?)(?:V\d)?Api(?![A-Za-z0-9_])/g;
const MESSAGE_LINE_RE = /^[ \t]*(?:error message|message)[ \t]*[:=][ \t]*(.{3,300})$/gim;
const REPORT_RE = /(?<![A-Za-z0-9_])((?:GET|POST)_[A-Z0-9_]{4,80}|[A-Z][A-Z0-9]+(?:_[A-Z0-9]+){1,10}_(?:REPORT|DATA))(?![A-Za-z0-9_])/g;

/** Signs of AWS SigV4 / IAM request signing: literal markers, key names in code, or an AWS key id. */
const LEGACY_LITERALS = [
  'aws4-hmac-sha256',
  'x-amz-security-token',
  'arn:aws:iam',
  'sts.amazonaws',
  'sigv4',
  'signature version 4',
  'aws signature',
  'assumerole',
  'assume_role',
];
const LEGACY_HINTS = ['aws', 'access', 'secret', 'arn', 'iam'];
const LEGACY_SIGNING_RE =
  /aws_?access_?key|aws_?secret|\baccess_?key(?:_?id)?["'\]]?\s*(?:=>|[:=])|\bsecret_?key["'\]]?\s*(?:=>|[:=])|role_?arn|\biam[ _-]?arn\b|\biam (?:user|role)\b|\baws (?:access|secret) key/;
const AWS_KEY_RE = /(?<![A-Za-z0-9])(?:AKIA|ASIA)(?:[A-Z0-9]{16}|\u2022{8})/;

const CREDENTIAL_KEYS: readonly RegExp[] = [
  /(?:lwa_?app_?id|lwa_?client_?id|client_?id|selling_partner_app_client_id|sp_?api_?client_?id)["'\]]?\s*(?:=>|[:=])/i,
  /(?:lwa_?client_?secret|client_?secret|selling_partner_app_client_secret|sp_?api_?client_?secret)["'\]]?\s*(?:=>|[:=])/i,
  /(?:refresh_?token)["'\]]?\s*(?:=>|[:=])/i,
];

const BULLET = '\u2022';

/** A Login with Amazon sign-in URL: `/ap/oa` followed by its query or the end of the URL. */
const LWA_LOGIN_RE = /\/ap\/oa(?![a-z0-9_/-])/;
/** The retired Authorization API: its path or its operation (getAuthorizationCode, get_authorization_code). */
const AUTHORIZATION_CODE_API_RE = /\/authorization\/v1\/authorizationcode|(?<![a-z0-9_])get_?authorization_?code(?![a-z0-9_])/;

/** Everything the analyzer can tell from the (masked, normalised) text. Never throws on a string. */
export function extract(text: string, lower: string): Extracted {
  const statuses = new Set<number>();
  const codes = new UniqueList(40);
  const codeKeys = new Set<string>();
  const mdCodes = new UniqueList();
  const lwaErrors = new UniqueList();
  const errorTypes = new UniqueList();
  const messages = new UniqueList(12);
  const details = new UniqueList(12);
  let detailsEmpty = false;

  const addCode = (code: string) => {
    if (code.includes(BULLET)) return;
    codes.add(code);
    const key = code.toLowerCase();
    codeKeys.add(key);
    if (key.endsWith('exception') && key.length > 'exception'.length) codeKeys.add(key.slice(0, -'exception'.length));
  };
  const addStatus = (raw: string | undefined) => {
    const n = Number(raw);
    if (STATUSES.has(n)) statuses.add(n);
  };

  // JSON inside a JSON string (\"code\":\"Unauthorized\") is read with its escapes removed.
  const kvText = text.includes('\\"') ? text.replace(/\\+"/g, '"') : text;
  for (const m of matches(KV_RE, kvText, 600)) {
    const key = (m[2] ?? '').toLowerCase().replace(/_/g, '');
    const quoted = m[3] ?? m[4] ?? m[5];
    let value = quoted !== undefined ? unescape(quoted).trim() : (m[6] ?? '').trim();
    if (quoted === undefined && PROSE_KEYS.has(key)) {
      // PHP print_r and YAML-like dumps leave prose unquoted: the value runs to the end of the line.
      const from = m.index + m[0].length - (m[6] ?? '').length;
      const eol = kvText.indexOf('\n', from);
      value = kvText.slice(from, eol === -1 ? Math.min(kvText.length, from + 300) : Math.min(eol, from + 300)).trim();
    }
    const before = m.index > 0 ? kvText.charAt(m.index - 1) : '';
    readKeyValue(key, value, quoted !== undefined, before);
  }

  function readKeyValue(key: string, value: string, quoted: boolean, before: string) {
    if (value.includes(BULLET) || /^(?:null|undefined|none|nil)$/i.test(value)) return;
    if (key === 'details') {
      if (value === '') detailsEmpty = true;
      else details.add(shorten(value));
      return;
    }
    if (/^\d{3}$/.test(value) && (key.startsWith('status') || key.startsWith('http') || key.endsWith('code') || key === 'responsecode')) {
      addStatus(value);
      return;
    }
    if (key === 'message' || key === 'errormessage' || key === 'errordescription') {
      if (value !== '' && !/^\[?\d{3}\]?$/.test(value)) messages.add(shorten(value));
      return;
    }
    if (key === 'code' || key === 'errorcode' || key === 'messagecode' || key === '__type' || key === 'error') {
      // An authorization code in a URL (?code=...) is a value to hide, not an error code.
      if (key === 'code' && (before === '?' || before === '&')) return;
      const code = key === '__type' ? value.slice(value.lastIndexOf('#') + 1) : value;
      if (/^[A-Za-z][A-Za-z_]{2,60}$/.test(code) && (quoted || /[A-Z_]/.test(code.slice(1)) || LWA_ERRORS.includes(code))) addCode(code);
      else if (key === 'error' && /\s/.test(value) && value.length > 3) messages.add(shorten(value));
    }
  }

  if (lower.includes('<code>') || lower.includes('<message>'))
    for (const m of matches(XML_RE, text)) {
      const value = (m[2] ?? '').trim();
      if (m[1] === 'Code' && /^[A-Za-z][A-Za-z_]{2,60}$/.test(value)) addCode(value);
      else if (m[1] === 'Message') messages.add(shorten(value));
    }
  if (lower.includes('x-amzn-errortype'))
    for (const m of matches(ERROR_TYPE_RE, text)) {
      const t = m[1] ?? '';
      errorTypes.add(t);
      addCode(t);
    }
  for (const m of matches(KNOWN_CODE_RE, text)) {
    // "401 Unauthorized" is the HTTP reason phrase (LWA), not the SP-API code that comes with a 403.
    if (m[1] === 'Unauthorized' && /\b401[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    addCode(m[1] ?? '');
  }
  if (LWA_HINTS.some((h) => lower.includes(h)))
    for (const m of matches(LWA_ERROR_RE, text)) {
      const e = (m[1] ?? '').toLowerCase();
      lwaErrors.add(e);
      addCode(e);
    }
  if (lower.includes('md'))
    for (const m of matches(MD_CODE_RE, text)) {
      const md = `MD${m[1] ?? ''}`;
      mdCodes.add(md);
      addCode(md);
    }
  for (const re of STATUS_RES) for (const m of matches(re, text)) addStatus(m[1]);
  if (lower.includes('exception') || lower.includes('error:'))
    for (const [re, status] of EXCEPTION_STATUS) if (re.test(text)) statuses.add(status);
  if (lower.includes('message')) for (const m of matches(MESSAGE_LINE_RE, text, 20)) messages.add(shorten(m[1] ?? ''));

  const requestIds = new UniqueList(6);
  if (lower.includes('request')) for (const m of matches(REQUEST_ID_RE, text)) requestIds.add(m[1] ?? '');

  const hostInfo = readHosts(lower);
  const geo = readGeography(text, lower, hostInfo.hosts);
  const grantTypes = new UniqueList(6);
  if (lower.includes('grant')) for (const m of matches(GRANT_RE, text)) grantTypes.add((m[1] ?? '').toLowerCase());
  const oauthParams = new UniqueList(12);
  if (lower.includes('=')) for (const m of matches(OAUTH_PARAM_RE, text)) oauthParams.add((m[1] ?? '').toLowerCase());
  const consentUrls = readConsentUrls(text, lower);
  const ops = readOperations(text);

  const signals = new Set<PasteSignal>();
  if (detailsEmpty) signals.add('details-empty');
  if (geo.regions.length >= 2) signals.add('regions-differ');
  if (geo.endpointRegions.length === 1 && geo.namedRegions.some((r) => r !== geo.endpointRegions[0]))
    signals.add('endpoint-region-differs');
  else if (geo.marketplaces.length >= 2) signals.add('marketplaces-differ');
  if (scopeRegionDiffers(text, hostInfo.hosts)) signals.add('scope-region-differs');
  if (
    LEGACY_LITERALS.some((h) => lower.includes(h)) ||
    (LEGACY_HINTS.some((h) => lower.includes(h)) && LEGACY_SIGNING_RE.test(lower)) ||
    AWS_KEY_RE.test(text)
  ) {
    signals.add('legacy-signing');
  }
  const hasGrant = grantTypes.size > 0;
  if (
    !hasGrant &&
    !hostInfo.kinds.has('lwa-token') &&
    (lower.includes('secret') || lower.includes('refresh')) &&
    CREDENTIAL_KEYS.filter((re) => re.test(text)).length >= 2
  ) {
    signals.add('sdk-credentials');
  }
  if (consentUrls.length > 0) signals.add('consent-url');
  if (consentUrls.some((c) => !c.beta)) signals.add('consent-url-no-beta');
  for (const g of grantTypes.items) signals.add(grantSignal(g));
  if (lower.includes('amazon_callback_uri') || lower.includes('amazon_state')) signals.add('login-uri-callback');
  if (lower.includes('/ap/oa') && LWA_LOGIN_RE.test(lower)) signals.add('lwa-login-url');
  if (lower.includes('authorization') && AUTHORIZATION_CODE_API_RE.test(lower)) signals.add('authorization-code-api');

  const distinctOperations = ops.operations.length + ops.paths.length + ops.reportTypes.length;
  const phrases = detectPhrases(lower, { distinctOperations, regionsNamed: geo.regions.length });
  for (const p of phrases) signals.add(p);

  return {
    statuses: [...statuses].sort((a, b) => a - b),
    codes: codes.items,
    codeKeys,
    mdCodes: mdCodes.items,
    lwaErrors: lwaErrors.items,
    errorTypes: errorTypes.items,
    messages: messages.items,
    details: details.items,
    detailsEmpty,
    hosts: hostInfo.hosts,
    hostKinds: hostInfo.kinds,
    regions: geo.regions,
    awsRegions: geo.awsRegions,
    marketplaces: geo.marketplaces,
    grantTypes: grantTypes.items,
    oauthParams: oauthParams.items,
    consentUrls,
    operations: ops.operations,
    paths: ops.paths,
    reportTypes: ops.reportTypes,
    requestIds: requestIds.items,
    phrases,
    signals,
  };
}

function grantSignal(grant: string): PasteSignal {
  if (grant === 'authorization_code') return 'grant-code';
  if (grant === 'refresh_token') return 'grant-refresh';
  if (grant === 'client_credentials') return 'grant-client-credentials';
  return 'grant-unknown';
}

function readHosts(lower: string): { hosts: HostSeen[]; kinds: Set<HostKind> } {
  const hosts: HostSeen[] = [];
  const seen = new Set<string>();
  const kinds = new Set<HostKind>();
  let tokenPathOnSpApi = 0;
  const add = (h: HostSeen) => {
    kinds.add(h.kind);
    if (seen.has(h.host) || hosts.length >= 12) return;
    seen.add(h.host);
    hosts.push(h);
  };
  for (let at = lower.indexOf('amazon.'), n = 0; at !== -1 && n < 400; at = lower.indexOf('amazon.', at + 7), n++) {
    const head = HOST_HEAD_RE.exec(lower.slice(Math.max(0, at - 160), at))?.[0];
    const tail = HOST_TAIL_RE.exec(lower.slice(at + 6, at + 16))?.[0];
    if (head === undefined || tail === undefined || /[a-z0-9-]/.test(lower.charAt(at - head.length - 1))) continue;
    const host = `${head}amazon${tail}`;
    const spapi = lookupSpApiHost(host);
    if (spapi) {
      add({ host, kind: spapi.environment === 'sandbox' ? 'spapi-sandbox' : 'spapi', region: spapi.region });
      if (lower.startsWith('/auth/o2/token', at + 6 + tail.length)) tokenPathOnSpApi++;
      continue;
    }
    const console = lookupConsoleHost(host);
    if (console) {
      add({ host, kind: console.console, region: console.region });
      continue;
    }
    if (LWA_HOSTS.has(host)) add({ host, kind: 'lwa-token' });
    else if (/^sellercentral\./.test(host)) {
      // Not a documented Seller Central host (sellercentral.amazon.co.uk): its country's Vendor Central twin tells the region.
      const twin = lookupConsoleHost(host.replace(/^sellercentral\./, 'vendorcentral.'));
      add(twin ? { host, kind: 'seller-central', region: twin.region } : { host, kind: 'seller-central' });
    } else if (/^sellercentral-/.test(host)) add({ host, kind: 'seller-central' });
    else if (/^vendorcentral\./.test(host)) add({ host, kind: 'vendor-central' });
  }
  // A bare /auth/o2/token path is the LWA token endpoint, unless it was appended to an SP-API host.
  let tokenPaths = 0;
  for (let at = lower.indexOf('/auth/o2/token'); at !== -1 && tokenPaths < 50; at = lower.indexOf('/auth/o2/token', at + 1)) tokenPaths++;
  if (tokenPaths > tokenPathOnSpApi) kinds.add('lwa-token');
  return { hosts, kinds };
}

function readGeography(text: string, lower: string, hosts: HostSeen[]) {
  /** Where the calls go: SP-API hosts and SDK region settings. */
  const endpoint = new Set<RegionId>();
  /** Regions named any other way: marketplaces, consent hosts, region words. */
  const named = new Set<RegionId>();
  const marketplaces = new Set<MarketplaceCode>();
  const awsRegions = new UniqueList(4);
  for (const h of hosts) {
    if (!h.region) continue;
    if (h.kind === 'spapi' || h.kind === 'spapi-sandbox') endpoint.add(h.region);
    else if (h.kind === 'seller-central' || h.kind === 'vendor-central') named.add(h.region);
  }
  const regionWords = [...matches(REGION_CODE_RE, text)];
  if (lower.includes('america') || lower.includes('europe') || lower.includes('east')) regionWords.push(...matches(REGION_NAME_RE, lower));
  for (const m of regionWords) {
    const word = (m[1] ?? '').toLowerCase();
    if (word === 'na' || word.startsWith('north')) named.add('na');
    else if (word === 'eu' || word.startsWith('europe')) named.add('eu');
    else named.add('fe');
  }
  if (lower.includes('region') || lower.includes('endpoint'))
    for (const m of matches(REGION_SETTING_RE, text)) {
      const v = (m[1] ?? '').toLowerCase();
      if (v === 'na' || v === 'north_america' || v === 'us') endpoint.add('na');
      else if (v === 'eu' || v === 'europe') endpoint.add('eu');
      else endpoint.add('fe');
    }
  if (lower.includes('-east-1') || lower.includes('-west-')) for (const m of matches(AWS_REGION_RE, lower)) awsRegions.add(m[1] ?? '');
  const addMarketplace = (code: MarketplaceCode | undefined) => {
    if (!code) return;
    marketplaces.add(code);
    const mp = MARKETPLACES.find((x) => x.code === code);
    if (mp) named.add(mp.region);
  };
  for (const m of matches(MARKETPLACE_ID_RE, text)) addMarketplace(findMarketplace(m[1] ?? '')?.code);
  if (lower.includes('market'))
    for (const m of matches(MARKETPLACE_ENUM_RE, text)) {
      const raw = (m[1] ?? '').replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
      addMarketplace(findMarketplace(raw)?.code ?? COUNTRY_ALIASES[raw.toLowerCase()]);
    }
  for (const m of matches(COUNTRY_RE, lower)) {
    const name = m[1] ?? '';
    addMarketplace(COUNTRY_ALIASES[name] ?? findMarketplace(name)?.code);
  }
  for (const m of matches(COUNTRY_CODE_RE, text)) {
    const code = m[1] ?? '';
    if (RISKY_CODES.has(code)) continue;
    addMarketplace(findMarketplace(code)?.code);
  }
  const regions = [...new Set([...endpoint, ...named])];
  return {
    regions,
    endpointRegions: [...endpoint],
    namedRegions: [...named],
    marketplaces: [...marketplaces],
    awsRegions: awsRegions.items,
  };
}

function scopeRegionDiffers(text: string, hosts: HostSeen[]): boolean {
  const endpointRegions = hosts.filter((h) => h.kind === 'spapi' || h.kind === 'spapi-sandbox').map((h) => h.region);
  if (endpointRegions.length === 0) return false;
  if (!text.toLowerCase().includes('credential=')) return false;
  for (const m of matches(CREDENTIAL_SCOPE_RE, text, 20)) {
    const scope = (m[1] ?? '').toLowerCase();
    if (endpointRegions.some((r) => r !== undefined && REGIONS[r].awsRegion !== scope)) return true;
  }
  return false;
}

function readConsentUrls(text: string, lower: string): ConsentUrlSeen[] {
  const out: ConsentUrlSeen[] = [];
  const marker = '/apps/authorize/consent';
  for (let at = lower.indexOf(marker); at !== -1 && out.length < 20; at = lower.indexOf(marker, at + marker.length)) {
    const host = CONSENT_HOST_RE.exec(lower.slice(Math.max(0, at - 120), at))?.[1] ?? '';
    const rest = CONSENT_REST_RE.exec(text.slice(at + marker.length, at + marker.length + 2000))?.[0] ?? '';
    const query = rest.startsWith('?') ? rest.slice(1) : '';
    const params = query.split(/&(?:amp;)?/).map((p) => p.toLowerCase());
    const beta = params.some((p) => p === 'version=beta');
    const betaAfterQuestionMark = !beta && /\?version=beta\b/i.test(query);
    out.push({ host, beta, betaAfterQuestionMark });
  }
  return out;
}

function readOperations(text: string) {
  const operations = new UniqueList(16);
  const paths = new UniqueList(12);
  const reportTypes = new UniqueList(12);
  for (const m of matches(OPERATION_RE, text)) operations.add(m[1] ?? '');
  for (const m of matches(SNAKE_OPERATION_RE, text)) operations.add(m[1] ?? '');
  for (const m of matches(PATH_RE, text)) {
    const p = m[1] ?? '';
    if (!p.startsWith('/auth/')) paths.add(p);
  }
  for (const m of matches(REPORT_RE, text)) reportTypes.add(m[1] ?? '');
  const addApi = (name: string) => {
    if (!/^(?:SP|Selling Partner|Amazon|MWS|The|This|That|Our|My|Rest|Http)$/i.test(name)) operations.add(`${name} API`);
  };
  for (let at = text.indexOf(' API'), n = 0; at !== -1 && n < 100; at = text.indexOf(' API', at + 4), n++) {
    if (/[A-Za-z0-9_]/.test(text.charAt(at + 4))) continue;
    const name = API_WORDS_RE.exec(text.slice(Math.max(0, at - 90), at))?.[1];
    if (name) addApi(name);
  }
  if (text.includes('Api')) for (const m of matches(API_CLASS_RE, text, 100)) addApi(m[1] ?? '');
  return { operations: operations.items, paths: paths.items, reportTypes: reportTypes.items };
}
