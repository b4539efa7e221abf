// One failed load on a busy machine (a late paint entry, a timeout) should not throw away a long run.

/** Runs `task`, and again (up to `attempts` times in all) when it throws, reporting each failure. */
export async function withRetry<T>(task: () => Promise<T>, onRetry: (error: unknown) => void, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      onRetry(error);
    }
  }
}
