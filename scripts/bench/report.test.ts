import { describe, expect, it } from 'vitest';
import { budgetBelowRow, budgetRow, markdownTable, textTable } from './report.ts';

const x = (n: number) => `${n.toFixed(2)}x`;

describe('budgetRow', () => {
  it.each([
    [1.02, 'PASS', '1.05x (met)'],
    [1.1, 'PASS', '1.05x (not met)'],
    [1.25, 'PASS', '1.05x (not met)'],
    [1.3, 'FAIL', '1.05x (not met)'],
  ])('ratio %d against <= 1.25x, aim 1.05x: %s', (value, status, aim) => {
    const row = budgetRow('LCP ratio', value, x, 1.25, 1.05);
    expect(row.status).toBe(status);
    expect(row.aim).toBe(aim);
    expect(row.budget).toBe('<= 1.25x');
  });
});

describe('budgetBelowRow', () => {
  it.each([
    [1.9, 'PASS'],
    [2, 'FAIL'],
  ])('%d ms against < 2 ms: %s', (value, status) => {
    expect(budgetBelowRow('analyzer', value, (n) => `${n} ms`, 2).status).toBe(status);
  });
});

describe('tables', () => {
  const rows = [budgetRow('JS over baseline', 12, (n) => `${n} KB`, 25, 15)];
  it('prints aligned text columns', () => {
    const lines = textTable(rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.indexOf('Median')).toBe(lines[2]?.indexOf('12 KB'));
  });
  it('prints a markdown table', () => {
    expect(markdownTable(rows)).toBe(
      '| Figure | Median | Budget | Aim | Status |\n| --- | --- | --- | --- | --- |\n| JS over baseline | 12 KB | <= 25 KB | 15 KB (met) | PASS |',
    );
  });
});
