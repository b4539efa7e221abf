import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogLoadError, fetchCatalog } from './fetch.ts';

const text = readFileSync('src/catalog/catalog.json', 'utf8');
const digest = createHash('sha256').update(text).digest('hex');
const serve = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loading the catalog in the browser', () => {
  it('accepts the bytes the build validated, by their digest', async () => {
    const catalog = await fetchCatalog('/catalog.json', digest, serve(text));
    expect(catalog.nodes['access-denied']?.kind).toBe('question');
  });

  it('validates in full when the bytes differ, and accepts a valid catalog', async () => {
    const reformatted = JSON.stringify(JSON.parse(text));
    const catalog = await fetchCatalog('/catalog.json', digest, serve(reformatted));
    expect(catalog.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    ['an HTTP error', serve('nope', 503), /HTTP 503/],
    ['a network failure', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, /network error/],
    ['an HTML error page', serve('<!doctype html><p>Bad gateway</p>'), /not valid JSON/],
    ['a truncated download', serve(text.slice(0, 5000)), /not valid JSON/],
    ['JSON that is not a catalog', serve('{"version":"1.0.0","nodes":[]}'), /failed validation/],
  ])('turns %s into one readable error', async (_name, fetchImpl, message) => {
    const failure = fetchCatalog('/catalog.json', digest, fetchImpl);
    await expect(failure).rejects.toBeInstanceOf(CatalogLoadError);
    await expect(fetchCatalog('/catalog.json', digest, fetchImpl)).rejects.toThrow(message);
  });
});
