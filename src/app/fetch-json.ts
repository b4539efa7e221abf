// Downloads one of the build's JSON data files in the browser. The build wrote them from the validated
// catalog into a folder named by their content hash, so the bytes are trusted as they are; what can
// still go wrong (the network, a proxy's error page, a cut-off download) becomes one readable error.
// A 404 is an answer, not a failure: there is no such page.

export class DataLoadError extends Error {
  override name = 'DataLoadError';
}

/** The parsed file, or null when the server has no such file (HTTP 404). */
export async function fetchJson(url: string, what: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let text: string;
  try {
    const response = await fetchImpl(url, { credentials: 'same-origin' });
    if (response.status === 404) return null;
    if (!response.ok) throw new DataLoadError(`The troubleshooter could not download ${what} (HTTP ${response.status}).`);
    text = await response.text();
  } catch (error) {
    throw error instanceof DataLoadError ? error : new DataLoadError(`The troubleshooter could not download ${what} (network error).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(`The troubleshooter downloaded ${what}, but it is not valid JSON.`);
  }
}
