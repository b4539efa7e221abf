// Scores catalog nodes and non-authorization errors with the rules the catalog keeps beside each node.
// Rules are compiled once per catalog object (WeakMap), so typing re-uses them.
import type { HostKind, MatchRule, PasteSignal } from '../../catalog/schema.ts';
import type { RulesCatalog } from './rules-catalog.ts';
import type { Extracted } from './extract.ts';
import { requiredLiterals } from './literals.ts';

interface CompiledRule {
  why: string;
  weight: number;
  status?: ReadonlySet<number>;
  code?: readonly string[];
  text?: readonly string[];
  pattern?: RegExp;
  /** Strings of which the text must hold one for the pattern to match (a cheap pre-check). */
  literals?: readonly string[];
  /** The pattern did not compile: the rule never fires. */
  broken: boolean;
  host?: ReadonlySet<HostKind>;
  signal?: ReadonlySet<PasteSignal>;
  unless?: readonly string[];
}

interface Target {
  id: string;
  kind: 'scenario' | 'question' | 'outside';
  title: string;
  rules: CompiledRule[];
}

interface Compiled {
  auth: Target[];
  outside: Target[];
}

export interface Scored {
  id: string;
  kind: 'scenario' | 'question' | 'outside';
  title: string;
  score: number;
  /** The reason of the strongest rule that fired. */
  why: string;
  /** Every reason that fired, strongest first. */
  reasons: string[];
}

const cache = new WeakMap<RulesCatalog, Compiled>();

/** Each further rule on the same node counts half as much as the one before (corroboration, not repetition). */
const DECAY = 0.5;

export function compile(catalog: RulesCatalog): Compiled {
  const known = cache.get(catalog);
  if (known) return known;
  const auth: Target[] = [];
  for (const [id, node] of Object.entries(catalog.nodes ?? {})) {
    if (!node.match) continue;
    auth.push({ id, kind: node.kind, title: node.title, rules: node.match.rules.map(compileRule) });
  }
  const outside = (catalog.outside ?? []).map((o) => ({
    id: o.id,
    kind: 'outside' as const,
    title: o.title,
    rules: o.match.rules.map(compileRule),
  }));
  const compiled = { auth, outside };
  cache.set(catalog, compiled);
  return compiled;
}

function compileRule(rule: MatchRule): CompiledRule {
  let pattern: RegExp | undefined;
  let literals: string[] | undefined;
  let broken = false;
  if (rule.pattern !== undefined) {
    try {
      pattern = new RegExp(rule.pattern, 'i');
      literals = requiredLiterals(rule.pattern);
    } catch {
      broken = true;
    }
  }
  return {
    why: rule.why,
    weight: rule.weight,
    broken,
    ...(rule.status ? { status: new Set(rule.status) } : {}),
    ...(rule.code ? { code: rule.code.map((c) => c.toLowerCase()) } : {}),
    ...(rule.text ? { text: rule.text.map((t) => t.toLowerCase()) } : {}),
    ...(pattern ? { pattern } : {}),
    ...(literals ? { literals } : {}),
    ...(rule.host ? { host: new Set(rule.host) } : {}),
    ...(rule.signal ? { signal: new Set(rule.signal) } : {}),
    ...(rule.unless ? { unless: rule.unless.map((u) => u.toLowerCase()) } : {}),
  };
}

/** Whether the text contains a phrase; many rules share phrases, so each is looked up once per text. */
type Has = (phrase: string) => boolean;

function phraseLookup(lower: string): Has {
  const known = new Map<string, boolean>();
  return (phrase) => {
    let found = known.get(phrase);
    if (found === undefined) {
      found = lower.includes(phrase);
      known.set(phrase, found);
    }
    return found;
  };
}

function fires(rule: CompiledRule, ex: Extracted, lower: string, has: Has): boolean {
  if (rule.broken) return false;
  if (rule.status && !ex.statuses.some((s) => rule.status?.has(s))) return false;
  if (rule.code && !rule.code.some((c) => ex.codeKeys.has(c))) return false;
  if (rule.host && !anyIn(ex.hostKinds, rule.host)) return false;
  if (rule.signal && !anyIn(ex.signals, rule.signal)) return false;
  if (rule.text && !rule.text.some(has)) return false;
  if (rule.unless && rule.unless.some(has)) return false;
  if (rule.literals && !rule.literals.some(has)) return false;
  if (rule.pattern && !rule.pattern.test(lower)) return false;
  return true;
}

function anyIn<T>(have: ReadonlySet<T>, wanted: ReadonlySet<T>): boolean {
  for (const x of have) if (wanted.has(x)) return true;
  return false;
}

function scoreTarget(target: Target, ex: Extracted, lower: string, has: Has): Scored | undefined {
  const fired = target.rules.filter((r) => fires(r, ex, lower, has)).sort((a, b) => b.weight - a.weight);
  if (fired.length === 0) return undefined;
  let score = 0;
  let factor = 1;
  for (const r of fired) {
    score += r.weight * factor;
    factor *= DECAY;
  }
  const reasons = [...new Set(fired.map((r) => r.why))];
  return { id: target.id, kind: target.kind, title: target.title, score: Math.round(score * 10) / 10, why: reasons[0] ?? '', reasons };
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id);
/** On equal scores a scenario (a diagnosis) goes before a question. */
const kindOrder = (s: Scored) => (s.kind === 'scenario' ? 0 : 1);

/** Every node and outside entry with at least one rule firing, best first. */
export function rank(catalog: RulesCatalog, ex: Extracted, lower: string): { auth: Scored[]; outside: Scored[] } {
  const compiled = compile(catalog);
  const has = phraseLookup(lower);
  const auth: Scored[] = [];
  for (const t of compiled.auth) {
    const s = scoreTarget(t, ex, lower, has);
    if (s) auth.push(s);
  }
  const outside: Scored[] = [];
  for (const t of compiled.outside) {
    const s = scoreTarget(t, ex, lower, has);
    if (s) outside.push(s);
  }
  return { auth: auth.sort(byScore), outside: outside.sort(byScore) };
}
