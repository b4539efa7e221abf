// What the named operation needs, fed into the ranking. A pasted path or operation id names the
// operation; when the call was denied, its facts point to a scenario: a restricted operation to
// restricted-data-token, a vendor path to vendor-seller-mismatch, a grantless operation to
// grantless-token-mixup. Reads the compact signals.json (under 1 KB gzipped), not the full
// operation data, so the start page stays light. Additive: it only raises or adds scored nodes.
import type { RulesCatalog } from './rules-catalog.ts';
import signals from '../operations/signals.json';
import type { SignalEntry, SignalIndex } from '../operations/signals.ts';
import type { Extracted } from './extract.ts';
import type { Scored } from './rank.ts';

const INDEX = signals as SignalIndex;

export interface OperationSignal {
  scenario: 'restricted-data-token' | 'vendor-seller-mismatch' | 'grantless-token-mixup';
  weight: number;
  why: string;
}

const WEIGHT = { restricted: 70, restrictedVendor: 55, vendor: 65, grantless: 70 } as const;
/** Further reasons on a node count half, as in rank.ts. */
const DECAY = 0.5;

const METHOD_PATH_RE = /\b(get|post|put|patch|delete)\s+(?:https?:\/\/[a-z0-9.-]+)?(\/[^\s"'?#]+)/g;
/** Paths of SP-API URLs (the extractor reads paths standing alone). */
const URL_PATH_RE = /https?:\/\/(?:sandbox\.)?sellingpartnerapi-(?:na|eu|fe)\.amazon\.com(\/[^\s"'?#<>\\]+)/g;

function segments(path: string): string[] {
  return path.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
}

function matchesTemplate(template: string, path: string): boolean {
  const t = segments(template);
  const p = segments(path);
  if (t.length !== p.length) return false;
  return t.every((seg, i) =>
    seg.startsWith('{') && seg.endsWith('}') ? (p[i] ?? '') !== '' : seg.toLowerCase() === (p[i] ?? '').toLowerCase(),
  );
}

/** The entry a seen path names: an entry shared with other methods counts only with its method in the text. */
function findEntry(
  entries: readonly SignalEntry[],
  paths: readonly string[],
  methods: ReadonlyMap<string, string>,
): SignalEntry | undefined {
  for (const path of paths) {
    for (const e of entries) {
      if (!matchesTemplate(e[1], path)) continue;
      if (e.length === 4 && methods.get(path.toLowerCase()) !== e[0].toLowerCase()) continue;
      return e;
    }
  }
  return undefined;
}

const camel = (word: string) => (word.includes('_') ? word.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : word);

/** The scenarios the named operation's facts point to. Only for a denied call. */
export function operationSignals(ex: Extracted, lower: string): OperationSignal[] {
  const denied = ex.statuses.includes(403) || ex.codeKeys.has('unauthorized') || lower.includes('access to requested resource is denied');
  if (!denied) return [];
  const paths = [
    ...new Set([...ex.paths.map((p) => p.toLowerCase()), ...[...lower.matchAll(URL_PATH_RE)].map((m) => (m[1] ?? '').replace(/\/$/, ''))]),
  ];
  const methods = new Map<string, string>();
  for (const m of lower.matchAll(METHOD_PATH_RE)) methods.set((m[2] ?? '').replace(/\/$/, ''), m[1] ?? '');
  // A paste naming several operations or paths does not say which one failed: then none counts.
  const calls = [...new Set(ex.operations.filter((o) => !o.endsWith(' API')).map(camel))];
  const names = new Set(calls.length === 1 ? calls : []);
  if (paths.length > 1) paths.length = 0;
  const out: OperationSignal[] = [];

  const vendorPath = paths.find((p) => p.startsWith('/vendor/'));
  if (vendorPath)
    out.push({
      scenario: 'vendor-seller-mismatch',
      weight: WEIGHT.vendor,
      why: `${vendorPath.split('/').slice(0, 4).join('/')} is a vendor API: a seller's authorization is refused there`,
    });

  const restrictedEntry = findEntry(INDEX.restricted, paths, methods);
  const restrictedName = INDEX.restrictedNames.find((n) => names.has(n));
  const restrictedType = ex.reportTypes.find((t) => INDEX.restrictedTypes.includes(t.toUpperCase()));
  let restricted = restrictedEntry?.[2] ?? restrictedName;
  if (restricted === 'getReportDocument' && !restrictedType) restricted = undefined;
  if (!restricted && restrictedType && (names.has('getReportDocument') || paths.some((p) => p.startsWith('/reports/'))))
    restricted = 'getReportDocument';
  if (restricted) {
    out.push({
      scenario: 'restricted-data-token',
      weight: vendorPath ? WEIGHT.restrictedVendor : WEIGHT.restricted,
      why:
        restricted === 'getReportDocument'
          ? `${restrictedType ?? 'A restricted report type'} is a restricted report type: getReportDocument needs a Restricted Data Token`
          : `${restricted} is a restricted operation: it needs a Restricted Data Token`,
    });
  }

  const grantless = findEntry(INDEX.grantless, paths, methods)?.[2] ?? INDEX.grantlessNames.find((n) => names.has(n));
  if (grantless)
    out.push({
      scenario: 'grantless-token-mixup',
      weight: WEIGHT.grantless,
      why: `${grantless} is a grantless operation: it takes a client_credentials token, not a seller's`,
    });
  return out;
}

const byScore = (a: Scored, b: Scored) =>
  b.score - a.score || (a.kind === 'scenario' ? 0 : 1) - (b.kind === 'scenario' ? 0 : 1) || a.id.localeCompare(b.id);

/** Raises (or adds) the nodes the operation's facts point to, and re-sorts. */
export function applyOperationSignals(auth: Scored[], ex: Extracted, lower: string, catalog: RulesCatalog): void {
  const found = operationSignals(ex, lower);
  if (found.length === 0) return;
  for (const s of found) {
    const known = auth.find((a) => a.id === s.scenario);
    if (known) {
      const before = known.score;
      known.score = Math.round((Math.max(before, s.weight) + Math.min(before, s.weight) * DECAY) * 10) / 10;
      if (s.weight >= before) {
        known.why = s.why;
        known.reasons = [s.why, ...known.reasons];
      } else {
        known.reasons = [...known.reasons, s.why];
      }
      continue;
    }
    const node = Object.hasOwn(catalog.nodes, s.scenario) ? catalog.nodes[s.scenario] : undefined;
    if (node) auth.push({ id: s.scenario, kind: node.kind, title: node.title, score: s.weight, why: s.why, reasons: [s.why] });
  }
  auth.sort(byScore);
}
