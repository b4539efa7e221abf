// Suggests the ids nearest to an unknown one (`md5102` -> `md5101`), for the not-found page.

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/** Up to `limit` ids close to `wanted`, nearest first. Ids sharing a long prefix or containing it count as near. */
export function nearestIds(wanted: string, ids: Iterable<string>, limit = 3): string[] {
  const needle = wanted.toLowerCase().slice(0, 100);
  if (needle === '') return [];
  const scored: Array<{ id: string; score: number }> = [];
  for (const id of ids) {
    const distance = editDistance(needle, id);
    const contains = id.includes(needle) || (needle.length >= 4 && needle.includes(id));
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, id.length) / 3));
    if (distance <= allowed || contains) scored.push({ id, score: contains ? Math.min(distance, 1) : distance });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map((s) => s.id);
}
