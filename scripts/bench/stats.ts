// Small number helpers for the benchmark report.

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Bytes to KB (1 KB = 1024 bytes). */
export const kb = (bytes: number): number => bytes / 1024;

export const fmtMs = (ms: number): string => `${Math.round(ms)} ms`;
export const fmtKb = (bytes: number): string => `${kb(bytes).toFixed(1)} KB`;

/** A small deterministic PRNG (mulberry32), so the bootstrap interval is the same for the same samples. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95% bootstrap interval for median(a) / median(b): resample each list with replacement, take the 2.5th
 * and 97.5th percentiles of the ratio. Wide intervals mean the machine was noisy or the runs too few.
 */
export function ratioInterval(a: readonly number[], b: readonly number[], iterations = 2000, seed = 1): [number, number] {
  const random = prng(seed);
  const resample = (xs: readonly number[]) => xs.map(() => xs[Math.floor(random() * xs.length)] as number);
  const ratios = Array.from({ length: iterations }, () => median(resample(a)) / median(resample(b))).sort((x, y) => x - y);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] as number;
  return [at(0.025), at(0.975)];
}
