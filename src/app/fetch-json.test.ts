import { describe, expect, it } from 'vitest';
import { DataLoadError, fetchJson } from './fetch-json.ts';

const serve =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('downloading a data file in the browser', () => {
  it('returns the parsed JSON', async () => {
    await expect(fetchJson('/data/x.json', 'this page', serve('{"page":"home"}'))).resolves.toEqual({ page: 'home' });
  });

  it('answers null for a file the server does not have', async () => {
    await expect(fetchJson('/data/x.json', 'this page', serve('Not found', 404))).resolves.toBeNull();
  });

  it.each([
    ['an HTTP error', serve('nope', 503), /could not download this page \(HTTP 503\)/],
    [
      'a network failure',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      /could not download this page \(network error\)/,
    ],
    ['an HTML error page', serve('<!doctype html><p>Bad gateway</p>'), /not valid JSON/],
    ['a truncated download', serve('{"page":"scen'), /not valid JSON/],
  ])('turns %s into one readable error', async (_name, fetchImpl, message) => {
    const failure = fetchJson('/data/x.json', 'this page', fetchImpl);
    await expect(failure).rejects.toBeInstanceOf(DataLoadError);
    await expect(failure).rejects.toThrow(message);
  });
});
