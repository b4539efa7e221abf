// npm run eval:paste [-- cases.json]: runs the paste analyzer over a file of labelled symptoms from public
// threads (each: input, kind, accepted ids), which the team keeps outside this repository, and prints the
// share judged right, overall and per kind, strict (the accepted scenario first) and lenient (a question
// on the way to an accepted scenario also counts), then every miss. Without the file it says so and stops.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogFile } from '../src/catalog/load-file.ts';
import { analyze } from '../src/engine/analyzer/analyze.ts';
import { judge, type CaseKind, type EvalCase } from '../src/engine/analyzer/judge.ts';

const file = resolve(process.cwd(), process.argv[2] ?? '../shared/eval/dev-cases.json');
if (!existsSync(file)) {
  console.log(`The dev set is absent (${file}); nothing to evaluate.`);
  process.exit(0);
}

const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
const cases = (Array.isArray(raw) ? raw : ((raw as { cases?: unknown }).cases ?? [])) as EvalCase[];
const catalog = loadCatalogFile();
const KINDS: CaseKind[] = ['scenario', 'ask', 'not-auth'];

interface Row {
  c: EvalCase;
  strict: boolean;
  lenient: boolean;
  got: string;
  why: string;
}
const rows: Row[] = cases.map((c) => {
  const analysis = analyze(c.input, catalog);
  const v = judge(c, analysis, catalog);
  const why = analysis.outside?.why ?? analysis.matches[0]?.why ?? 'nothing recognised';
  return { c, ...v, why };
});

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const line = (label: string, list: Row[]) =>
  `${label.padEnd(10)} ${String(list.length).padStart(4)}   strict ${pct(list.filter((r) => r.strict).length, list.length)}   lenient ${pct(list.filter((r) => r.lenient).length, list.length)}`;

console.log(`Paste analyzer on ${cases.length} labelled cases (${file})\n`);
console.log(`${'kind'.padEnd(10)} ${'n'.padStart(4)}`);
console.log(line('overall', rows));
for (const k of KINDS)
  console.log(
    line(
      k,
      rows.filter((r) => r.c.kind === k),
    ),
  );

const misses = rows.filter((r) => !r.strict);
if (misses.length > 0) {
  console.log('\nNot right with the best answer first (lenient ok = a question on the way counts):');
  for (const r of misses) {
    const expected =
      r.c.kind === 'not-auth'
        ? 'no authorization node first'
        : r.c.kind === 'ask'
          ? `a question or ${r.c.accept.join('|')}`
          : r.c.accept.join('|');
    console.log(
      `- ${r.c.id} [${r.c.kind}] expected ${expected}; got ${r.got}${r.lenient ? ' (lenient ok)' : ''}\n    reason shown: ${r.why}`,
    );
  }
}
