// The operation checker: what a call needs. From what was pasted (a name, request line, URL, curl
// command, stack-trace line or type) to the operation in Amazon's models and what Amazon's pages say
// it needs: roles, restricted data, grantless token, seller or vendor authorization, regions, and
// whether its API version is deprecated or retired. Every fact carries its source; a fact missing from
// our data is reported as missing, with the page where Amazon lists it.
import type { Finding } from '../checkers/finding.ts';
import {
  GRANTLESS_FACTS,
  NO_RDT_FACTS,
  RESTRICTED_FACTS,
  RETIRED_NOTES,
  ROLE_FACTS,
  SOURCES,
  SUCCESSORS,
  TYPE_FACTS,
  VENDOR_ROLES,
  type GrantlessFact,
  type OperationRef,
  type RestrictedFact,
  type RoleFact,
  type TypeFact,
} from './facts.ts';
import { buildIndex, findByName, findByPath, isVendorPath, nearestNames, type Located } from './lookup.ts';
import { parseOperationInput, type OperationQuery } from './parse.ts';
import type { ModelEntry, ModelsData } from './types.ts';

export interface FactSource {
  title: string;
  url: string;
}

export interface OperationFact {
  /** Stable id: "api", "status", "operation", "audience", "grantless", "restricted", "roles", "regions", "type-roles"… */
  id: string;
  label: string;
  value: string;
  /** Where the fact comes from; for a missing fact, where Amazon lists it. */
  sources: FactSource[];
  /** Our data has no such fact. */
  missing?: true;
}

export interface OperationChoice {
  /** Input that selects it: "getOrder@ordersV0". */
  input: string;
  label: string;
}

export interface OperationResult {
  /** What was read from the input, for people. */
  read: string[];
  /** The operation found, if any. */
  operation?: { id: string; method: string; path: string; model: string; title: string; version: string };
  /** The share-link value that selects the same operation (or type); never the raw input. */
  canonical?: string;
  /** Other operations the input may mean: the same name in other models, or the path's other methods. */
  alternatives: OperationChoice[];
  /** Nearest known names when the name was not found. */
  suggestions: string[];
  facts: OperationFact[];
  findings: Finding[];
}

const ROLE_MAPPINGS: FactSource = { title: 'Role Mappings for SP-API Operations', url: SOURCES.roleMappings };
const TYPE_MAPPINGS: FactSource = { title: 'Role Mappings for SP-API Types', url: SOURCES.roleMappingsTypes };
const TOKENS_GUIDE: FactSource = { title: 'Tokens API use case guide: restricted operations', url: SOURCES.tokensGuide };
const GRANTLESS_PAGE: FactSource = { title: 'Grantless operations', url: SOURCES.grantless };

const PAGE_TITLES: Readonly<Record<string, string>> = {
  [SOURCES.roleMappings]: 'Role Mappings for SP-API Operations',
  [SOURCES.roleMappingsTypes]: 'Role Mappings for SP-API Types',
  [SOURCES.tokensGuide]: 'Tokens API use case guide',
  [SOURCES.tokensApi]: 'Tokens API',
  [SOURCES.restrictedReports]: 'Get authorization to access restricted report types',
  [SOURCES.bulkOrdersPii]: 'Get authorization to access PII for bulk orders',
  [SOURCES.orderInfoV0]: 'Get order information (Orders API v0)',
  [SOURCES.orderItemInfo]: 'Get order item information',
  [SOURCES.orderInfo]: 'Get order information',
  [SOURCES.searchOrders]: 'Get orders with filtering criteria',
  [SOURCES.ordersPii]: 'Access Orders PII',
  [SOURCES.ordersV0]: 'Orders API (version migration)',
  [SOURCES.grantless]: 'Grantless operations',
  [SOURCES.developerGuide2021]: 'SP-API Developer Guide (2021)',
  [SOURCES.migrationHub]: 'SP-API Migration Hub',
  [SOURCES.dfShipping]: 'Vendor Direct Fulfillment Shipping API',
  [SOURCES.externalShipping]: 'External Fulfillment Shipping API',
  [SOURCES.externalShippingEs]: 'External Fulfillment Shipping API (Spanish page)',
  [SOURCES.orderReports]: 'Order Reports',
  [SOURCES.sellersApi]: 'Sellers API',
  [SOURCES.feedsApi]: 'Feeds API',
  [SOURCES.fbaReports]: 'Fulfillment by Amazon (FBA) Reports',
};

const page = (url: string): FactSource => ({ title: PAGE_TITLES[url] ?? url, url });

const same = (ref: OperationRef, l: Located) => ref.model === l.model.key && ref.operation === l.operation.id;

/** A display name for a model: "Orders API v0". */
export function apiLabel(model: ModelEntry): string {
  const name = model.title
    .replace(/^The\s+/i, '')
    .replace(/^Selling Partner APIs? for\s+/i, '')
    .replace(/\.$/, '')
    .trim();
  const base = /\bAPI\b/i.test(name) ? name : `${name} API`;
  return `${base} ${/^\d/.test(model.version) ? `v${model.version}` : model.version}`;
}

function modelSource(data: ModelsData, model: ModelEntry): FactSource {
  const commit = model.retired ? `${model.retired.commit}^` : data.source.commit;
  return {
    title: `Model ${model.file.split('/').pop() ?? model.file} (selling-partner-api-models)`,
    url: `${data.source.repository}/blob/${commit}/${model.file}`,
  };
}

function commitSource(data: ModelsData, commit: string): FactSource {
  return { title: `selling-partner-api-models commit ${commit.slice(0, 7)}`, url: `${data.source.repository}/commit/${commit}` };
}

const list = (items: readonly string[]) => items.join(', ');

/** Role names with the page's qualifiers: "Payment Initiation Service Provider (EU only)". */
const roleNames = (f: RoleFact) => f.roles.map((r) => (f.qualifiers?.[r] ? `${r} (${f.qualifiers[r] ?? ''})` : r));

/** Facts and findings for one operation. */
function describe(data: ModelsData, found: Located, facts: OperationFact[], findings: Finding[], type: TypeFact | undefined): void {
  const { model, operation: op } = found;
  const label = apiLabel(model);
  const fromModel = modelSource(data, model);
  const successor = SUCCESSORS[model.key];
  const successorModel = successor ? data.models.find((m) => m.key === successor.model) : undefined;

  facts.push({ id: 'api', label: 'API and version', value: `${label} (${model.title}, version ${model.version})`, sources: [fromModel] });
  facts.push({ id: 'operation', label: 'Operation', value: `${op.id}: ${op.method} ${op.path}`, sources: [fromModel] });

  if (model.retired) {
    const note = RETIRED_NOTES[model.key];
    facts.push({
      id: 'status',
      label: 'Status',
      value: `Retired: Amazon removed this model from its models repository on ${model.retired.date}.${note ? ` ${note.text}` : ''}`,
      sources: [commitSource(data, model.retired.commit), ...(note ? [page(note.source)] : [])],
    });
    findings.push({
      id: 'operation-retired',
      severity: 'error',
      title: `${op.id} belongs to a retired API (${label})`,
      why: `Amazon removed the ${label} model on ${model.retired.date}; calls to a retired API fail whatever the authorization.`,
      fix: note ? note.text : 'Move to the API that replaced it.',
    });
  } else if (op.deprecated) {
    facts.push({
      id: 'status',
      label: 'Status',
      value: `Deprecated: the model marks ${op.id} deprecated.${successorModel ? ` Its successor is ${apiLabel(successorModel)}.` : ' Our data names no successor.'}`,
      sources: [fromModel, ...(successor ? [page(successor.source)] : [])],
    });
    findings.push({
      id: 'operation-deprecated',
      severity: 'warning',
      title: `${op.id} in ${label} is deprecated`,
      why: 'Amazon marks it deprecated in the model: it still answers for now, but it will be removed.',
      ...(successorModel ? { fix: `Plan the move to ${apiLabel(successorModel)}.` } : {}),
    });
  } else {
    facts.push({ id: 'status', label: 'Status', value: 'Current: the model does not mark it deprecated.', sources: [fromModel] });
  }

  // Seller or vendor.
  const roleFact: RoleFact | undefined = ROLE_FACTS.find((f) => same(f, found));
  const vendor = isVendorPath(op.path);
  if (vendor) {
    facts.push({
      id: 'audience',
      label: 'Seller or vendor',
      value: "Vendor API: its path is under /vendor/. It needs a vendor's authorization (Vendor Central).",
      sources: [fromModel],
    });
    findings.push({
      id: 'operation-vendor',
      severity: 'warning',
      title: `${op.id} is a vendor API`,
      why: "Vendor APIs serve vendors. A seller's authorization (a refresh token from Seller Central) is refused with 403 Unauthorized.",
      fix: "Call it with a refresh token from a vendor's authorization, made through a Vendor Central consent URL.",
      scenario: 'vendor-seller-mismatch',
    });
  } else if (roleFact) {
    const vendorRoles = roleFact.roles.filter((r) => VENDOR_ROLES.includes(r));
    facts.push({
      id: 'audience',
      label: 'Seller or vendor',
      value:
        vendorRoles.length > 0
          ? `Sellers, and vendors too: ${list(vendorRoles)} ${vendorRoles.length === 1 ? 'is a role' : 'are roles'} vendors can have.`
          : 'Sellers only: none of its roles is one that vendors can have.',
      sources: [fromModel, ROLE_MAPPINGS],
    });
  } else {
    facts.push({
      id: 'audience',
      label: 'Seller or vendor',
      value:
        'Not a vendor API (its path is not under /vendor/). Whether vendors can call it depends on its roles, which are not in our data.',
      sources: [fromModel, ROLE_MAPPINGS],
      missing: true,
    });
  }

  // Grantless.
  const grantless: GrantlessFact | undefined = GRANTLESS_FACTS.find((f) => same(f, found));
  if (grantless) {
    const scope = grantless.scope ? `scope=${grantless.scope}` : 'the scope for this operation (not in our data)';
    facts.push({
      id: 'grantless',
      label: 'Grantless',
      value: `Yes: get the access token with grant_type=client_credentials and ${scope}, without a refresh token. Grantless operations apply only to seller applications.${grantless.docPath ? ` The Grantless operations page shows it as ${grantless.docPath}.` : ''}`,
      sources: [GRANTLESS_PAGE, ...(grantless.scopeSource ? [page(grantless.scopeSource)] : [])],
    });
    findings.push({
      id: 'operation-grantless',
      severity: 'warning',
      title: `${op.id} is grantless: call it with a client_credentials token${grantless.scope ? ` (scope ${grantless.scope})` : ''}`,
      why: "A grantless operation is called without a selling partner's authorization; an access token made from a seller's refresh token is the wrong kind of token for it, and the reverse.",
      fix: grantless.scope
        ? `Request the token with grant_type=client_credentials&scope=${grantless.scope}, no refresh_token, and keep it apart from the per-seller tokens.`
        : "Request the token with grant_type=client_credentials and the operation's scope, no refresh_token.",
      scenario: 'grantless-token-mixup',
    });
  } else {
    facts.push({
      id: 'grantless',
      label: 'Grantless',
      value: "No: it needs a selling partner's authorization (an access token made from their refresh token).",
      sources: [GRANTLESS_PAGE],
    });
  }

  // Restricted.
  const rdt: RestrictedFact | undefined = RESTRICTED_FACTS.find((f) => same(f, found));
  const noRdt = NO_RDT_FACTS.find((f) => same(f, found));
  if (rdt) {
    const reportOnly = op.id === 'getReportDocument';
    const restrictedType = type?.restricted === true;
    const elements = rdt.dataElements ? ` and dataElements ${list(rdt.dataElements)}` : '';
    const value = `Yes: call it with a Restricted Data Token. Get one from createRestrictedDataToken with restrictedResources method ${op.method}, path ${op.path} (with the real values)${elements}.${rdt.note ? ` ${rdt.note}` : ''}`;
    facts.push({
      id: 'restricted',
      label: 'Restricted data',
      value,
      sources: [
        TOKENS_GUIDE,
        ...(rdt.dataElementsSource ? [page(rdt.dataElementsSource)] : []),
        ...(reportOnly ? [page(SOURCES.restrictedReports)] : []),
      ],
    });
    if (!reportOnly || restrictedType) {
      findings.push({
        id: 'operation-restricted',
        severity: 'warning',
        title: reportOnly
          ? `getReportDocument for ${type?.type ?? 'this report type'} needs a Restricted Data Token`
          : `${op.id} is a restricted operation: it needs a Restricted Data Token`,
        why: rdt.dataElements
          ? `Amazon lists it as a restricted operation: the personal data it returns (${list(rdt.dataElements)}) needs a Restricted Data Token whose dataElements name it, sent instead of the LWA access token.`
          : 'Amazon lists it as a restricted operation: it returns personal data, and you need a Restricted Data Token for this method and path, sent instead of the LWA access token.',
        fix: `Call createRestrictedDataToken for ${op.method} ${reportOnly ? '/reports/2021-06-30/documents/<the real reportDocumentId>' : op.path}${elements}, then send the RDT in x-amz-access-token.`,
        scenario: 'restricted-data-token',
      });
    } else {
      findings.push({
        id: 'operation-restricted-report',
        severity: 'info',
        title: 'getReportDocument needs a Restricted Data Token only for restricted report types',
        why: 'Enter the report type too (for example after the operation name) to see whether it is restricted in our data.',
        scenario: 'restricted-data-token',
      });
    }
  } else if (noRdt) {
    facts.push({
      id: 'restricted',
      label: 'Restricted data',
      value: `This API version needs no Restricted Data Token: personal data in ${label} needs restricted roles only.`,
      sources: [page(noRdt.source)],
    });
    findings.push({
      id: 'operation-no-rdt',
      severity: 'info',
      title: `${label} needs no Restricted Data Token`,
      why: 'Its personal data (buyer, delivery address) comes back when the app has the restricted roles for it; an RDT is not used.',
      fix: 'Call it with the ordinary LWA access token; if personal data is missing, check the restricted roles on your developer profile and app.',
      scenario: 'unauthorized-missing-role',
    });
  } else {
    facts.push({
      id: 'restricted',
      label: 'Restricted data',
      value: "No: it is not on the Tokens API guide's list of restricted operations, so it needs no Restricted Data Token.",
      sources: [TOKENS_GUIDE],
    });
  }

  // Roles and regions.
  if (roleFact) {
    const other = roleFact.disagreement;
    facts.push({
      id: 'roles',
      label: 'Roles (any one grants access)',
      value: `${list(roleNames(roleFact))}${other ? `. Sources disagree: ${other.text}` : ''}`,
      sources: [page(roleFact.source), ...(other ? [page(other.source)] : [])],
    });
    findings.push({
      id: 'operation-roles',
      severity: 'info',
      title: needs(roleFact.roles, op.id),
      why: `Any one of these grants access: ${list(roleNames(roleFact))}. Without one, the call is refused with 403 Unauthorized.`,
      fix: 'Tick one of them on the app (it must be approved on your developer profile first), then have the seller re-authorize to get a new refresh token.',
      scenario: 'unauthorized-app-roles',
    });
    if (roleFact.roles.every((r) => r.endsWith('(Restricted)'))) {
      findings.push({
        id: 'operation-restricted-role',
        severity: 'info',
        title: 'Every role that grants it is a restricted role',
        why: 'Restricted roles are approved by Amazon on your developer profile after a review of how you use and protect the data.',
        fix: 'Request the role on your developer profile if it is not there yet.',
        scenario: 'unauthorized-missing-role',
      });
    }
  } else if (!grantless) {
    facts.push({
      id: 'roles',
      label: 'Roles (any one grants access)',
      value: "Not in our data: look the operation up on Amazon's Role Mappings page.",
      sources: [ROLE_MAPPINGS],
      missing: true,
    });
    findings.push({
      id: 'operation-roles-unknown',
      severity: 'info',
      title: `The roles for ${op.id} are not in our data`,
      why: 'Amazon lists the roles of every operation on its Role Mappings for SP-API Operations page (linked with the facts above); any one of them grants access.',
      scenario: 'unauthorized-app-roles',
    });
  } else {
    facts.push({
      id: 'roles',
      label: 'Roles (any one grants access)',
      value: "Not in our data. Amazon's Role Mappings page says an operation needs one of its roles unless it is grantless.",
      sources: [ROLE_MAPPINGS],
      missing: true,
    });
  }
  if (roleFact?.regions) {
    facts.push({ id: 'regions', label: 'Regions', value: list(roleFact.regions), sources: [page(roleFact.source)] });
    if (roleFact.regions.length < 3) {
      findings.push({
        id: 'operation-regions',
        severity: 'info',
        title: `${op.id} is offered in ${list(roleFact.regions)} only`,
        why: `Amazon lists ${list(roleFact.regions)} as its only region${roleFact.regions.length === 1 ? '' : 's'}.`,
        fix: `Call it on the ${list(roleFact.regions)} endpoint, with an authorization from a seller in that region.`,
        scenario: 'api-not-in-region',
      });
    }
  } else {
    facts.push({
      id: 'regions',
      label: 'Regions',
      value: "Not in our data: Amazon lists each operation's regions on its Role Mappings page.",
      sources: [ROLE_MAPPINGS],
      missing: true,
    });
  }
}

const needs = (roles: readonly string[], what: string) =>
  roles.length === 1 ? `Your app needs the ${roles[0] ?? ''} role for ${what}` : `Your app needs one of ${roles.length} roles for ${what}`;

function describeType(type: string, fact: TypeFact | undefined, facts: OperationFact[], findings: Finding[], covered: boolean): void {
  if (!fact) {
    facts.push({
      id: 'type',
      label: 'Report, feed or notification type',
      value: `${type}: not in our data. Amazon lists the roles of every type on its Role Mappings for SP-API Types page.`,
      sources: [TYPE_MAPPINGS],
      missing: true,
    });
    findings.push({
      id: 'type-unknown',
      severity: 'info',
      title: `${type} is not in our data`,
      why: "Look it up on Amazon's Role Mappings for SP-API Types page (linked with the facts above).",
    });
    return;
  }
  const source = page(fact.source);
  facts.push({ id: 'type', label: `${fact.kind[0]?.toUpperCase() ?? ''}${fact.kind.slice(1)} type`, value: fact.type, sources: [source] });
  facts.push({ id: 'type-roles', label: `Roles for ${fact.type} (any one grants access)`, value: list(fact.roles), sources: [source] });
  if (fact.regions) facts.push({ id: 'type-regions', label: `Regions for ${fact.type}`, value: list(fact.regions), sources: [source] });
  if (fact.restricted) {
    facts.push({
      id: 'type-restricted',
      label: 'Restricted report type',
      value:
        'Yes: getReportDocument for this report needs a Restricted Data Token for the specific document path (the real reportDocumentId), not the generic one.',
      sources: [source, page(SOURCES.restrictedReports)],
    });
    if (!covered)
      findings.push({
        id: 'type-restricted',
        severity: 'warning',
        title: `${fact.type} is a restricted report type: getReportDocument needs a Restricted Data Token`,
        why: 'The report holds personal data. Its document is only returned with an RDT naming the specific document path.',
        fix: 'Call createRestrictedDataToken for GET /reports/2021-06-30/documents/<the real reportDocumentId>, then call getReportDocument with that RDT in x-amz-access-token.',
        scenario: 'restricted-data-token',
      });
  } else if (fact.kind === 'report') {
    facts.push({
      id: 'type-restricted',
      label: 'Restricted report type',
      value: 'Not in our data: the report type page does not mark it restricted.',
      sources: [source],
      missing: true,
    });
  }
  findings.push({
    id: 'type-roles',
    severity: 'info',
    title: needs(fact.roles, fact.type),
    why: `Any one of these grants access: ${list(fact.roles)}.`,
    scenario: 'unauthorized-app-roles',
  });
}

function readLines(q: OperationQuery): string[] {
  const read: string[] = [];
  if (q.method || q.path) read.push(`Request: ${[q.method, q.path].filter(Boolean).join(' ')}`);
  if (q.host) read.push(`Host: ${q.host}`);
  if (q.type) read.push(`Type: ${q.type}`);
  return read;
}

function choice(l: Located, all: readonly Located[]): OperationChoice {
  const sameModel = all.some((o) => o !== l && o.model.key === l.model.key);
  const state = l.model.retired ? ' (retired)' : l.operation.deprecated ? ' (deprecated)' : '';
  return {
    input: `${l.operation.id}@${l.model.key}`,
    label: sameModel ? `${l.operation.method} ${l.operation.id} (${apiLabel(l.model)})${state}` : `${apiLabel(l.model)}${state}`,
  };
}

/** Checks what the pasted text names against the data. Never throws. */
export function checkOperation(input: unknown, data: ModelsData): OperationResult {
  const empty: OperationResult = { read: [], alternatives: [], suggestions: [], facts: [], findings: [] };
  let q: OperationQuery;
  try {
    q = parseOperationInput(input);
  } catch {
    return empty;
  }
  const index = buildIndex(data);
  const read = readLines(q);
  const facts: OperationFact[] = [];
  const findings: Finding[] = [];
  const typeFact = q.type ? TYPE_FACTS.find((t) => t.type === q.type) : undefined;

  let located: Located[] = [];
  let named: string | undefined;
  if (q.path) {
    const byPath = findByPath(index, q.path, q.method);
    located = byPath.matches;
    if (located.length === 0 && byPath.otherMethods.length > 0) {
      const methods = [...new Set(byPath.otherMethods.map((l) => l.operation.method))];
      findings.push({
        id: 'operation-method-mismatch',
        severity: 'error',
        title: `No operation answers ${q.method ?? ''} on this path; the models declare ${list(methods)}`,
        why: 'The method is part of what identifies the operation; a request with another method is a different call.',
        fix: `Use ${list(methods)}, or check which operation you meant.`,
      });
      located = byPath.otherMethods;
    }
    if (located.length === 0) {
      findings.push({
        id: 'operation-path-unknown',
        severity: 'error',
        title: `No operation in Amazon's models has the path ${q.path}`,
        why: 'The path (with its API version) does not match any operation of any model, current or retired.',
        fix: 'Check the API name and version in the path against the API reference.',
      });
    }
  }
  if (located.length === 0 && !q.path) {
    named = q.names.find((n) => index.byName.has(n.toLowerCase()));
    if (named)
      located = findByName(index, named, { ...(q.model ? { model: q.model } : {}), ...(q.versionHint ? { version: q.versionHint } : {}) });
  }

  const best = located[0];
  let suggestions: string[] = [];
  if (best) {
    read.unshift(`Operation: ${best.operation.id}`);
    describe(data, best, facts, findings, typeFact);
  } else if (!q.path && !q.type) {
    const guess =
      q.names.find((n) => /^(?:get|list|create|search|update|put|patch|delete|cancel|confirm|submit|post)[A-Z_]/i.test(n)) ??
      (q.names.length === 1 ? q.names[0] : undefined);
    if (guess) {
      suggestions = nearestNames(index, guess);
      findings.push({
        id: 'operation-unknown',
        severity: 'error',
        title:
          suggestions.length > 0
            ? `No operation is named ${guess}: did you mean ${suggestions.join(' or ')}?`
            : `No operation is named ${guess}`,
        why: 'Operation names are case-sensitive in the models, and none of them, current or retired, is spelt like this.',
        ...(suggestions.length > 0 ? { fix: `Check ${suggestions[0] ?? ''}.` } : {}),
      });
    } else if (q.names.length > 0 || q.host) {
      findings.push({
        id: 'operation-nothing',
        severity: 'info',
        title: 'No operation, path or type recognised',
        why: 'Enter an operation name (getOrderAddress), a request line or URL, a curl command, a stack-trace line that names the operation, or a report, feed or notification type.',
      });
    }
  }
  if (q.type) describeType(q.type, typeFact, facts, findings, best?.operation.id === 'getReportDocument');

  const alternatives = best
    ? located
        .slice(1)
        .filter((l) => l.model.key !== best.model.key || l.operation.id !== best.operation.id)
        .map((l) => choice(l, located))
    : [];
  const canonical = best ? `${best.operation.id}@${best.model.key}${q.type ? ` ${q.type}` : ''}` : q.type && !q.path ? q.type : undefined;
  return {
    read,
    ...(best
      ? {
          operation: {
            id: best.operation.id,
            method: best.operation.method,
            path: best.operation.path,
            model: best.model.key,
            title: best.model.title,
            version: best.model.version,
          },
        }
      : {}),
    ...(canonical ? { canonical } : {}),
    alternatives,
    suggestions,
    facts,
    findings,
  };
}
