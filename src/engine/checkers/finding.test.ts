import { describe, expect, it } from 'vitest';
import { sortFindings, worstSeverity, type Finding, type Severity } from './finding.ts';

const f = (id: string, severity: Severity): Finding => ({ id, severity, title: id, why: id });

describe('sortFindings / worstSeverity', () => {
  it('puts errors first, then warnings, info and ok, keeping the order within a severity', () => {
    const sorted = sortFindings([f('a', 'ok'), f('b', 'info'), f('c', 'error'), f('d', 'warning'), f('e', 'error')]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it.each<[Severity[], Severity | undefined]>([
    [[], undefined],
    [['ok', 'info'], 'info'],
    [['ok', 'warning', 'info'], 'warning'],
    [['ok', 'error', 'warning'], 'error'],
  ])('worst of %j is %s', (severities, worst) => {
    expect(worstSeverity(severities.map((s, i) => f(String(i), s)))).toBe(worst);
  });
});
