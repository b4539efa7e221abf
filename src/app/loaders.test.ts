import type { LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalogFile } from '../catalog/load-file.ts';
import { outline } from '../engine/outline.ts';
import { pageData } from '../engine/page-data.ts';
import type { DataSource } from './data.ts';
import { fixedLoader, nodeLoader, notFoundLoader, toolLoader, type NotFoundData } from './loaders.ts';

const catalog = loadCatalogFile();

function source(): DataSource & { pages: string[]; outlines: number } {
  const calls = { pages: [] as string[], outlines: 0 };
  return Object.assign(calls, {
    page: async (path: string) => {
      calls.pages.push(path);
      return pageData(catalog, path);
    },
    outline: async () => {
      calls.outlines += 1;
      return outline(catalog);
    },
  });
}

const args = (url: string, params: Record<string, string> = {}): LoaderFunctionArgs =>
  ({ request: new Request(`http://site.test${url}`), params, context: undefined }) as LoaderFunctionArgs;

/** What a loader threw: a redirect Response, or the data of a 404 (React Router's `data(value, { status })`). */
async function thrown(run: Promise<unknown>): Promise<{ redirect?: string; notFound?: NotFoundData }> {
  try {
    await run;
  } catch (error) {
    if (error instanceof Response) return { redirect: error.headers.get('Location') ?? '' };
    if (typeof error === 'object' && error !== null && 'data' in error && 'init' in error) {
      const init = error.init as { status?: number } | null;
      if (init?.status === 404) return { notFound: error.data as NotFoundData };
    }
    throw error;
  }
  throw new Error('the loader did not throw');
}

describe('route loaders', () => {
  it('return a page’s data, fetching nothing else when there is no trail', async () => {
    const s = source();
    const data = await nodeLoader(s, 'scenario')(args('/scenario/md5101', { id: 'md5101' }));
    expect(data.page).toBe('scenario');
    expect(s.pages).toEqual(['/scenario/md5101']);
    expect(s.outlines).toBe(0);
  });

  it('fetch the outline alongside when the link carries a trail, so the trail shows at once', async () => {
    const s = source();
    await nodeLoader(s, 'question')(args('/question/access-denied?trail=api-error.unauthorized-empty', { id: 'access-denied' }));
    expect(s.outlines).toBe(1);
  });

  it('redirect a question id asked for as a scenario, keeping the query', async () => {
    const result = await thrown(nodeLoader(source(), 'scenario')(args('/scenario/access-denied?trail=x.y', { id: 'access-denied' })));
    expect(result.redirect).toBe('/question/access-denied?trail=x.y');
  });

  it('answer 404 with the nearest ids of the same kind for an unknown id', async () => {
    const { notFound } = await thrown(nodeLoader(source(), 'scenario')(args('/scenario/md5102', { id: 'md5102' })));
    expect(notFound?.kind).toBe('scenario');
    expect(notFound?.suggestions.map((x) => x.id)).toContain('md5101');
    expect(notFound?.suggestions.every((x) => x.kind === 'scenario')).toBe(true);
  });

  it('never ask for a data file named by a malformed id', async () => {
    const s = source();
    const { notFound } = await thrown(nodeLoader(s, 'scenario')(args('/scenario/..%2F..%2Fetc', { id: '../../etc' })));
    expect(notFound?.id).toBe('../../etc');
    expect(s.pages).toEqual([]);
  });

  it('answer 404 for an unknown tool and for any other address', async () => {
    expect((await thrown(toolLoader(source())(args('/tools/nope', { name: 'nope' })))).notFound?.id).toBe('nope');
    expect((await thrown(notFoundLoader(source())(args('/some/where%20else')))).notFound).toMatchObject({ kind: 'page', id: 'where else' });
    await expect(toolLoader(source())(args('/tools/region', { name: 'region' }))).resolves.toMatchObject({ page: 'tool', name: 'region' });
  });

  it('pass a failed download on to the route’s error element', async () => {
    const failing: DataSource = { page: vi.fn(async () => Promise.reject(new Error('offline'))), outline: async () => outline(catalog) };
    await expect(fixedLoader(failing, '/errors')(args('/errors'))).rejects.toThrow('offline');
  });
});
