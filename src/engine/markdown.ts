// A scenario as Markdown, for a ticket or a support case: steps for the chosen console and the
// checklist with the reader's ticks.
import { CONSOLES } from '../catalog/constants.ts';
import type { ConsoleId, Nav, Scenario } from '../catalog/schema.ts';
import type { ConsoleChoice } from './saved-state.ts';
import { CONSOLE_NAMES } from './labels.ts';

/** The consoles a step's navigation covers, in the chosen console first (or only). */
export function navFor(nav: Nav | undefined, choice: ConsoleChoice): Array<{ console: ConsoleId; path: string[] }> {
  if (!nav) return [];
  const all = CONSOLES.flatMap((c) => (nav[c] ? [{ console: c, path: nav[c] }] : []));
  return choice === 'all' ? all : all.filter((n) => n.console === choice);
}

export interface MarkdownOptions {
  url: string;
  console: ConsoleChoice;
  ticked: ReadonlySet<string>;
  /** Answers that led here, as "question: answer" lines. */
  trail?: string[];
}

export function scenarioMarkdown(s: Scenario, o: MarkdownOptions): string {
  const lines: string[] = [`# ${s.title}`, '', s.summary, '', `Source: ${o.url}`, ''];
  if (o.trail && o.trail.length > 0) lines.push('## How we got here', '', ...o.trail.map((t) => `- ${t}`), '');
  lines.push('## Cause', '', s.cause, '', '## Fix', '');
  s.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.text}`);
    for (const n of navFor(step.nav, o.console)) lines.push(`   - ${CONSOLE_NAMES[n.console]}: ${n.path.join(' > ')}`);
    if (step.example) lines.push('', '   ```', ...step.example.split('\n').map((l) => `   ${l}`), '   ```');
  });
  lines.push('', '## Checklist', '', ...s.checklist.map((c) => `- [${o.ticked.has(c.id) ? 'x' : ' '}] ${c.text}`));
  lines.push('', '## Confirm the fix', '', ...s.confirm.map((c) => `- ${c}`));
  lines.push('', '## Sources', '', ...s.sources.map((src) => `- ${src.title}: ${src.url}`), '', `Last reviewed: ${s.reviewed}`);
  return `${lines.join('\n')}\n`;
}
