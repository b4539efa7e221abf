// The benchmark's table: each figure, its budget and aim, PASS/FAIL (budgets are reported, not asserted).

export type Status = 'PASS' | 'FAIL' | 'INFO' | 'N/A';

export interface Row {
  figure: string;
  value: string;
  budget: string;
  aim: string;
  status: Status;
}

/** A figure with an upper budget (and an optional tighter aim): PASS when value <= budget. */
export function budgetRow(figure: string, value: number, show: (n: number) => string, budget: number, aim?: number): Row {
  const aimText = aim === undefined ? '' : `${show(aim)} (${value <= aim ? 'met' : 'not met'})`;
  return { figure, value: show(value), budget: `<= ${show(budget)}`, aim: aimText, status: value <= budget ? 'PASS' : 'FAIL' };
}

/** A figure with a strict upper budget: PASS when value < budget. */
export function budgetBelowRow(figure: string, value: number, show: (n: number) => string, budget: number): Row {
  return { figure, value: show(value), budget: `< ${show(budget)}`, aim: '', status: value < budget ? 'PASS' : 'FAIL' };
}

export const infoRow = (figure: string, value: string): Row => ({ figure, value, budget: '', aim: '', status: 'INFO' });
export const missingRow = (figure: string, why: string): Row => ({ figure, value: why, budget: '', aim: '', status: 'N/A' });

const HEADERS = ['Figure', 'Median', 'Budget', 'Aim', 'Status'] as const;
const cells = (r: Row): string[] => [r.figure, r.value, r.budget, r.aim, r.status];

export function textTable(rows: readonly Row[]): string {
  const all = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((s, i) => s.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const line = (c: readonly string[]) => `| ${c.map(esc).join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n');
}
