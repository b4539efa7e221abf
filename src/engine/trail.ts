// The wizard's state lives in the URL: the answers taken so far travel as `?trail=q.a_q.a`.
// Parsing never throws; a trail that does not fit the catalog is dropped, and the caller says so.
import type { Outline, OutlineQuestion } from './outline.ts';

export const TRAIL_PARAM = 'trail';
const MAX_STEPS = 30;
const MAX_LENGTH = 2000;
/** A node or answer id: lowercase letters, digits and single hyphens (the catalog schema enforces the same). */
export const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One answer taken: which question, which answer. */
export interface TrailStep {
  question: string;
  answer: string;
}

/** A step checked against the catalog, ready to show. */
export interface ResolvedStep extends TrailStep {
  questionNode: OutlineQuestion;
  answerNode: OutlineQuestion['answers'][number];
}

export interface ResolvedTrail {
  steps: ResolvedStep[];
  /** True when the URL carried a trail that no longer fits the catalog (it was dropped). */
  dropped: boolean;
}

export function encodeTrail(steps: ReadonlyArray<TrailStep>): string {
  return steps.map((s) => `${s.question}.${s.answer}`).join('_');
}

/** Syntax only: null when the text is not a well-formed trail. An empty or absent trail is []. */
export function parseTrail(raw: string | null | undefined): TrailStep[] | null {
  if (raw === null || raw === undefined || raw === '') return [];
  if (raw.length > MAX_LENGTH) return null;
  const parts = raw.split('_');
  if (parts.length > MAX_STEPS) return null;
  const steps: TrailStep[] = [];
  for (const part of parts) {
    const [question, answer, extra] = part.split('.');
    if (extra !== undefined || !question || !answer || !NODE_ID.test(question) || !NODE_ID.test(answer)) return null;
    steps.push({ question, answer });
  }
  return steps;
}

/** Checks a trail against the tree: each answer exists and leads to the next step, the last to `nodeId`. */
export function resolveTrail(catalog: Pick<Outline, 'nodes'>, raw: string | null | undefined, nodeId: string): ResolvedTrail {
  const parsed = parseTrail(raw);
  if (parsed === null) return { steps: [], dropped: true };
  const steps: ResolvedStep[] = [];
  for (const [i, step] of parsed.entries()) {
    const questionNode = Object.hasOwn(catalog.nodes, step.question) ? catalog.nodes[step.question] : undefined;
    if (questionNode?.kind !== 'question') return { steps: [], dropped: true };
    const answerNode = questionNode.answers.find((a) => a.id === step.answer);
    const expectedNext = parsed[i + 1]?.question ?? nodeId;
    if (!answerNode || answerNode.next !== expectedNext) return { steps: [], dropped: true };
    steps.push({ ...step, questionNode, answerNode });
  }
  return { steps, dropped: false };
}
