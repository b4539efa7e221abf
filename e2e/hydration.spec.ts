// Every prerendered page hydrates from its own HTML, on every load: in one warm browser (HTTP cache on,
// as a reader browsing the site has it), with data files answering fast or slowly, and on a slow CPU.
// A single React recoverable error (hydration thrown away, client rendering instead), page error or
// console error fails the test.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  expect(paths.length).toBeGreaterThan(40);
  return paths;
}

/** Loads each path in the same tab and checks that it hydrated cleanly. */
async function loadAll(page: Page, paths: string[], pass: string) {
  const problems = watchConsole(page);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('html'), `${pass}: ${path} hydrates`).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('html').getAttribute('data-recoverable-errors'), `${pass}: ${path}`).toBeNull();
    expect(problems, `${pass}: ${path}`).toEqual([]);
  }
}

test('every sitemap page, three times in one warm browser, hydrates without a recoverable error', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  for (const pass of [1, 2, 3]) await loadAll(page, paths, `warm pass ${pass}`);
});

for (const delay of [0, 20, 1500]) {
  test(`every sitemap page hydrates cleanly when JSON answers after ${delay} ms`, async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    await page.route('**/*.json', async (route) => {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await loadAll(page, paths, `JSON after ${delay} ms`);
  });
}

test('every sitemap page hydrates cleanly on a CPU slowed four times', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await loadAll(page, paths, 'CPU x4');
});

test('a recoverable hydration error is counted and reported, so the tests above can see one', async ({ page }) => {
  // Change the prerendered text before React hydrates it: React must throw that HTML away and say so.
  await page.route('**/scenario/md5101', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<h1[^>]*>)/, '$1Changed ');
    await route.fulfill({ response, body: html });
  });
  const problems = watchConsole(page);
  await page.goto('/scenario/md5101');
  await expect(page.locator('html')).toHaveAttribute('data-recoverable-errors', '1');
  expect(problems.join('\n')).toMatch(/Recoverable hydration error/);
});
