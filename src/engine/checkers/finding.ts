// The result type every checker returns, one line per thing it noticed.

export type Severity = 'error' | 'warning' | 'ok' | 'info';

export interface Finding {
  /** Stable kebab-case id (e.g. "consent-url-beta-question-mark"); the UI and e2e tests rely on it. */
  id: string;
  severity: Severity;
  /** What is wrong (or right), in one line. */
  title: string;
  /** Why it matters. */
  why: string;
  /** What to do. */
  fix?: string;
  /** The catalog scenario this finding belongs to, e.g. "md1000". */
  scenario?: string;
  /** Which part of the input it is about, e.g. "application_id" or "host". */
  field?: string;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, ok: 3 };

/** Errors first, then warnings, info and ok; the order within a severity is kept. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The most serious severity present, or undefined for no findings. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return sortFindings(findings)[0]?.severity;
}
