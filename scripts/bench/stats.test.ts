import { describe, expect, it } from 'vitest';
import { kb, median, ratioInterval } from './stats.ts';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('kb', () => {
  it('uses 1 KB = 1024 bytes', () => {
    expect(kb(25 * 1024)).toBe(25);
  });
});

describe('ratioInterval', () => {
  it('is a single point when every sample is the same', () => {
    expect(ratioInterval([200, 200, 200], [100, 100, 100])).toEqual([2, 2]);
  });

  it('contains the ratio of medians and widens with the spread', () => {
    const narrow = ratioInterval([100, 101, 99, 100, 102], [100, 99, 101, 100, 98]);
    const wide = ratioInterval([60, 140, 100, 80, 120], [100, 99, 101, 100, 98]);
    expect(narrow[0]).toBeLessThanOrEqual(1);
    expect(narrow[1]).toBeGreaterThanOrEqual(1);
    expect(wide[1] - wide[0]).toBeGreaterThan(narrow[1] - narrow[0]);
  });

  it('is deterministic', () => {
    expect(ratioInterval([1, 5, 3], [2, 2, 4])).toEqual(ratioInterval([1, 5, 3], [2, 2, 4]));
  });
});
