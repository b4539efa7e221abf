// Prints one line, "N passed, N failed", totalled over the unit and end-to-end suites, from the JSON
// reports they write. A run that stopped before any test ran (type error, lint, build) counts as failed.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const read = <T>(file: string): T | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined);
const exitCode = Number(process.argv[2] ?? '0');
const vitest = read<VitestReport>('reports/vitest.json');
const playwright = read<PlaywrightReport>('reports/playwright.json');
let passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = playwright?.stats.skipped ?? 0;
if (exitCode !== 0 && failed === 0) failed = 1; // a step failed before or outside the test runners
if (!vitest) console.log('No unit test report was written (the run stopped before the unit tests).');
if (!playwright) console.log('No end-to-end report was written (the run stopped before the end-to-end tests).');
if (passed < 0) passed = 0;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
