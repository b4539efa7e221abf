import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../engine/checkers/finding.ts';
import { summarise } from './finding-summary.ts';

const f = (severity: Severity): Finding => ({ id: `x-${severity}`, severity, title: 't', why: 'w' });
const many = (spec: Partial<Record<Severity, number>>) =>
  (Object.entries(spec) as Array<[Severity, number]>).flatMap(([s, n]) => Array.from({ length: n }, () => f(s)));

describe('summarise', () => {
  it.each<[Partial<Record<Severity, number>>, string]>([
    [{ error: 2, warning: 1 }, '2 errors, 1 warning.'],
    [{ error: 1 }, '1 error.'],
    [{ warning: 2, ok: 3 }, '2 warnings, 3 OK.'],
    [{ error: 1, warning: 1, ok: 1, info: 2 }, '1 error, 1 warning, 1 OK, 2 notes.'],
    [{ ok: 4, info: 1 }, 'No errors or warnings: 4 OK, 1 note.'],
    [{}, 'Nothing to report.'],
  ])('%j -> %s', (spec, text) => {
    expect(summarise(many(spec))).toBe(text);
  });
});
