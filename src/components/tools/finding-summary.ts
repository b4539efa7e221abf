// The one-line summary of a checker's findings, for the live status line, and the severity labels.
import type { Finding, Severity } from '../../engine/checkers/finding.ts';

/** Shown next to every finding, so severity never rests on colour alone. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', ok: 'OK', info: 'Note' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning, 3 OK, 1 note" or "No errors or warnings: 3 OK". */
export function summarise(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const rest = [count('ok') > 0 ? `${count('ok')} OK` : '', count('info') > 0 ? plural(count('info'), 'note', 'notes') : ''].filter(
    Boolean,
  );
  if (errors + warnings === 0) return rest.length > 0 ? `No errors or warnings: ${rest.join(', ')}.` : 'Nothing to report.';
  const main = [errors > 0 ? plural(errors, 'error', 'errors') : '', warnings > 0 ? plural(warnings, 'warning', 'warnings') : ''].filter(
    Boolean,
  );
  return `${[...main, ...rest].join(', ')}.`;
}
