// No page asks another origin for anything: every page of the sitemap, loaded and hydrated.
import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers.ts';

test('no request leaves the origin on any page of the site', async ({ page, baseURL, request }) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const leaks: string[] = [];
  const errors = watchConsole(page);
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) leaks.push(`${page.url()} -> ${r.url()}`);
  });
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  expect(paths.length).toBeGreaterThan(40);
  for (const path of [...paths, '/scenario/not-a-real-id']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  }
  expect(leaks).toEqual([]);
  // The unknown id is answered with status 404 (its page and its data file), which the browser logs.
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});
