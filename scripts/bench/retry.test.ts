import { describe, expect, it } from 'vitest';
import { withRetry } from './retry.ts';

describe('withRetry', () => {
  it.each([
    [0, 'ok', 0],
    [1, 'ok', 1],
    [2, 'ok', 2],
  ])('after %d failures answers %s, reporting %d retries', async (failures, expected, retries) => {
    let calls = 0;
    const reported: unknown[] = [];
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls <= failures) throw new Error(`failure ${calls}`);
        return 'ok';
      },
      (e) => reported.push(e),
    );
    expect(result).toBe(expected);
    expect(reported).toHaveLength(retries);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error(`failure ${calls}`);
        },
        () => undefined,
        3,
      ),
    ).rejects.toThrow('failure 3');
  });
});
