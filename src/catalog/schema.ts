// The one schema of the catalog. Types are derived from it; `npm run schema` exports it as JSON Schema
// for editor autocompletion. Written with zod/mini so the runtime check stays small in the browser.
import * as z from 'zod/mini';
import { CONSOLES, HOST_KINDS, TOOLS, WHERES } from './constants.ts';

/** A node id: lowercase letters, digits and single hyphens. It is also a URL segment. */
export const NodeId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase letters, digits and single hyphens (URL-safe), e.g. "md5101"',
  }),
);

/** An item id inside one node (answers, checklist items): same alphabet as node ids. */
const ItemId = NodeId;

const text = (what: string) => z.string().check(z.minLength(1, { error: `${what} must not be empty` }));
const nonEmpty = <T extends z.core.SomeType>(item: T, what: string) =>
  z.array(item).check(z.minLength(1, { error: `${what} needs at least one entry` }));

export { CONSOLES, HOST_KINDS, TOOLS, WHERES };
export const ConsoleId = z.enum(CONSOLES);

export const Where = z.enum(WHERES);

export const ToolName = z.enum(TOOLS);

export const HostKind = z.enum(HOST_KINDS);

/**
 * Facts the analyzer derives from a whole paste rather than from one phrase; a rule can require them.
 * details-empty: an error body whose `details` is empty. other-calls-work: other calls or operations
 * succeed with the same setup and this one fails. all-calls-fail: every call fails. used-to-work: it
 * worked before and stopped. regions-differ: two or more selling regions are named (hosts, marketplaces,
 * region words). endpoint-region-differs: the SP-API endpoint (host or SDK region setting) is in one region and a
 * marketplace, consent host or region named elsewhere is in another. marketplaces-differ: two or more marketplaces of one region are named. scope-region-differs:
 * a SigV4 credential scope names another AWS region than the endpoint's. legacy-signing: the request is
 * signed with AWS SigV4 / IAM. sdk-credentials: an SDK is configured with LWA credentials (it fetches the
 * access token itself). consent-url: a consent (authorize) URL; consent-url-no-beta: one without a
 * properly joined `version=beta`. grant-code / grant-refresh / grant-client-credentials / grant-unknown:
 * the token request's grant_type. login-uri-callback: the text carries `amazon_callback_uri` or `amazon_state`, the
 * parameters Amazon sends to an app's OAuth Login URI. lwa-login-url: a Login with Amazon sign-in URL (`/ap/oa`).
 * authorization-code-api: the retired Authorization API (`/authorization/v1/authorizationCode`, getAuthorizationCode).
 */
export const PASTE_SIGNALS = [
  'details-empty',
  'other-calls-work',
  'all-calls-fail',
  'used-to-work',
  'regions-differ',
  'endpoint-region-differs',
  'marketplaces-differ',
  'scope-region-differs',
  'legacy-signing',
  'sdk-credentials',
  'consent-url',
  'consent-url-no-beta',
  'grant-code',
  'grant-refresh',
  'grant-client-credentials',
  'grant-unknown',
  'login-uri-callback',
  'lwa-login-url',
  'authorization-code-api',
] as const;
export const PasteSignal = z.enum(PASTE_SIGNALS);

const ReviewDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }));

const HttpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, { error: 'must be an absolute https:// URL' }));

/** Menu path in each console, as the labels a reader clicks in order. */
export const Nav = z.strictObject({
  /** Labels in Seller Central, e.g. ["Apps and Services", "Develop Apps", "Edit App"]. */
  'seller-central': z.optional(nonEmpty(text('a menu label'), 'a menu path')),
  /** Labels in the Solution Provider Portal. */
  'solution-provider-portal': z.optional(nonEmpty(text('a menu label'), 'a menu path')),
  /** Labels in Vendor Central. */
  'vendor-central': z.optional(nonEmpty(text('a menu label'), 'a menu path')),
  /** Older names of the same menus, or where sources disagree about the path. */
  note: z.optional(text('a navigation note')),
});

/** One numbered fix step. Text may hold `inline code` in backticks. */
export const Step = z.strictObject({
  /** What to do, in one or two sentences. */
  text: text('a step'),
  /** Where to click, when the step happens in a console. */
  nav: z.optional(Nav),
  /** A literal example (URL, request, header) shown as a code block. */
  example: z.optional(text('an example')),
});

/** A symptom that leads to a node: what the reader sees, and where. */
export const Symptom = z.strictObject({
  where: Where,
  /** HTTP status, when there is one. */
  status: z.optional(z.int().check(z.gte(100), z.lte(599))),
  /** The error code as shown: MD1000, Unauthorized, invalid_grant, InvalidSignature. */
  code: z.optional(text('a code')),
  /** The message text as shown (verbatim from a source, never invented). */
  message: z.optional(text('a message')),
  /** The `details` or `error_description` text, when it tells the cause. */
  details: z.optional(z.string()),
  /** A short remark on this symptom (e.g. "details is empty"). */
  note: z.optional(text('a note')),
  /** Where the verbatim text was seen: the URL of one of this scenario's sources. */
  source: z.optional(HttpsUrl),
});

/** An official or community source. Official docs first. */
export const Source = z.strictObject({
  title: text('a source title'),
  url: HttpsUrl,
  /** official: Amazon documentation; amazon-staff: an Amazon answer in a public thread; community: other reports. */
  kind: z.enum(['official', 'amazon-staff', 'community']),
});

/** A note beside the steps: advice that predates a change, disagreeing sources, or community-only facts. */
export const Note = z.strictObject({
  kind: z.enum(['legacy', 'disagreement', 'community']),
  text: text('a note'),
});

/**
 * One analyzer rule. Every condition that is present must hold (AND); inside a list, any entry
 * may match (OR). The rule then adds `weight` to its node's score and `why` becomes the reason shown.
 */
export const MatchRule = z.strictObject({
  /** One line shown under the match, e.g. "MD5101 is the unregistered-redirect-URI code". */
  why: text('a reason'),
  /** How much this rule adds to the node's score (1 to 100). */
  weight: z.int().check(z.gte(1), z.lte(100)),
  /** Any of these HTTP statuses. */
  status: z.optional(nonEmpty(z.int().check(z.gte(100), z.lte(599)), 'status')),
  /** Any of these codes (SP-API `code`, LWA `error`, MD code, x-amzn-ErrorType), case-insensitive, exact. */
  code: z.optional(nonEmpty(text('a code'), 'code')),
  /** Any of these phrases, case-insensitive substrings of the text. */
  text: z.optional(nonEmpty(text('a phrase'), 'text')),
  /** A case-insensitive regular expression (source only, no slashes or flags). */
  pattern: z.optional(text('a pattern')),
  /** Any of these host kinds was called. */
  host: z.optional(nonEmpty(HostKind, 'host')),
  /** Any of these facts was derived from the paste (see PASTE_SIGNALS). */
  signal: z.optional(nonEmpty(PasteSignal, 'signal')),
  /** The rule does not fire when any of these phrases is present. */
  unless: z.optional(nonEmpty(text('a phrase'), 'unless')),
});

export const Match = z.strictObject({
  rules: nonEmpty(MatchRule, 'match.rules'),
});

export const ChecklistItem = z.strictObject({
  /** Stable id: ticks are stored by it, so rewording the text keeps progress. */
  id: ItemId,
  text: text('a checklist item'),
});

export const Scenario = z.strictObject({
  kind: z.literal('scenario'),
  /** Page title and h1. */
  title: text('title'),
  /** One sentence: the meta description and the line under links to this page. */
  summary: text('summary'),
  /** Which group of symptoms this belongs to. */
  where: Where,
  /** One paragraph: why this happens. */
  cause: text('cause'),
  symptoms: nonEmpty(Symptom, 'symptoms'),
  steps: nonEmpty(Step, 'steps'),
  checklist: nonEmpty(ChecklistItem, 'checklist'),
  /** Success signals that prove the fix worked. */
  confirm: nonEmpty(text('a confirmation'), 'confirm'),
  notes: z.optional(z.array(Note)),
  /** Scenarios that share a cause or are often confused with this one. */
  seeAlso: z.optional(z.array(NodeId)),
  /** Checkers that help with this scenario. */
  tools: z.optional(z.array(ToolName)),
  sources: nonEmpty(Source, 'sources'),
  /** When the content was last checked against its sources. */
  reviewed: ReviewDate,
  match: z.optional(Match),
});

export const Answer = z.strictObject({
  /** Stable id: it is what the trail in the URL records. */
  id: ItemId,
  /** The answer as the reader would say it. */
  label: text('an answer label'),
  /** A short hint on how to tell whether this answer applies. */
  hint: z.optional(text('a hint')),
  /** The node this answer leads to. */
  next: NodeId,
});

export const Question = z.strictObject({
  kind: z.literal('question'),
  /** The question itself; page title and h1. */
  title: text('title'),
  /** One sentence: the meta description. */
  summary: text('summary'),
  where: Where,
  /** How to find the answer (what to look at, where). */
  help: text('help'),
  answers: z.array(Answer).check(z.minLength(2, { error: 'a question needs at least two answers' })),
  match: z.optional(Match),
});

export const Node = z.discriminatedUnion('kind', [Scenario, Question]);

/** One entry of the error index: a symptom as seen, its meaning, and where to go. */
export const IndexEntry = z.strictObject({
  /** Exactly what the reader sees: a code, a status, or a message. */
  label: text('label'),
  where: Where,
  /** One line: what it means. */
  meaning: text('meaning'),
  /** The node to open. */
  to: NodeId,
  /** Show on the start page as well as in the index. */
  featured: z.optional(z.boolean()),
});

/** A group on the start page: one place where errors show up, and the question that starts there. */
export const StartGroup = z.strictObject({
  where: Where,
  title: text('title'),
  description: text('description'),
  /** The first question for this group. */
  start: NodeId,
});

/** An error that is not an authorization problem; the analyzer names it instead of diagnosing. */
export const OutsideError = z.strictObject({
  id: ItemId,
  title: text('title'),
  /** Where to look instead. */
  advice: text('advice'),
  match: Match,
});

export const Catalog = z.strictObject({
  $schema: z.optional(z.string()),
  /** Content version, shown in the footer. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like 1.2.0' })),
  reviewed: ReviewDate,
  start: nonEmpty(StartGroup, 'start'),
  index: nonEmpty(IndexEntry, 'index'),
  nodes: z.record(NodeId, Node),
  outside: z.optional(z.array(OutsideError)),
});

export type Catalog = z.infer<typeof Catalog>;
export type CatalogNode = z.infer<typeof Node>;
export type Scenario = z.infer<typeof Scenario>;
export type Question = z.infer<typeof Question>;
export type Answer = z.infer<typeof Answer>;
export type Step = z.infer<typeof Step>;
export type Nav = z.infer<typeof Nav>;
export type Symptom = z.infer<typeof Symptom>;
export type Source = z.infer<typeof Source>;
export type Note = z.infer<typeof Note>;
export type MatchRule = z.infer<typeof MatchRule>;
export type Match = z.infer<typeof Match>;
export type IndexEntry = z.infer<typeof IndexEntry>;
export type StartGroup = z.infer<typeof StartGroup>;
export type OutsideError = z.infer<typeof OutsideError>;
export type ConsoleId = z.infer<typeof ConsoleId>;
export type Where = z.infer<typeof Where>;
export type ToolName = z.infer<typeof ToolName>;
export type HostKind = z.infer<typeof HostKind>;
export type PasteSignal = z.infer<typeof PasteSignal>;
