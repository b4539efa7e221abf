// The build as a static host serves it: every page prerendered with its own head, the share tags, the
// base path, clean hydration and no request to another origin.
import { expect, test, type Page } from '@playwright/test';
import { catalog, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const BASE_ORIGIN = 'http://127.0.0.1:4312';
const question = Object.entries(catalog.nodes).find(([, n]) => n.kind === 'question');
const scenario = Object.entries(catalog.nodes).find(([, n]) => n.kind === 'scenario');
if (!question || !scenario) throw new Error('the catalog needs a question and a scenario');

const pages = [
  { kind: 'start', path: '/', h1: 'What do you see?' },
  { kind: 'error index', path: '/errors', h1: 'Error index' },
  { kind: 'question', path: `/question/${question[0]}`, h1: shown(question[1].title) },
  { kind: 'scenario', path: `/scenario/${scenario[0]}`, h1: shown(scenario[1].title) },
  { kind: 'search', path: '/search', h1: 'Search' },
  { kind: 'map', path: '/map', h1: 'Decision map' },
  { kind: 'tool', path: '/tools/consent-url', h1: /consent url/i },
];

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;

/** Records every request the page makes that does not go to its own origin. */
function offOrigin(page: Page, origin: string): string[] {
  const leaks: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) leaks.push(url);
  });
  return leaks;
}

for (const p of pages) {
  test(`the ${p.kind} page is in the raw HTML, with its own head and share tags`, async ({ request }) => {
    const response = await request.get(p.path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const h1 = attr(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)?.replace(/<[^>]+>/g, '') ?? '';
    if (typeof p.h1 === 'string')
      expect(
        h1
          .replace(/&#x27;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ).toBe(p.h1);
    else expect(h1).toMatch(p.h1);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(attr(html, /<meta name="description" content="([^"]+)"/)).toBeTruthy();
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    expect(canonical?.endsWith(p.path === '/' ? '/' : p.path)).toBe(true);
    expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
    for (const tag of ['og:title', 'og:description', 'og:image'])
      expect(attr(html, new RegExp(`<meta property="${tag}" content="([^"]+)"`))).toBeTruthy();
    expect(attr(html, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    const csp = attr(html, /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/) ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*type="(module|application\/json)")[^>]*>/);
  });

  test(`the ${p.kind} page hydrates without console errors and requests nothing from another origin`, async ({ page, baseURL }) => {
    const errors = watchConsole(page);
    const leaks = offOrigin(page, baseURL ?? '');
    await page.goto(p.path);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(leaks).toEqual([]);
  });
}

test('the canonical URL of a page reached with a trail leaves the trail out', async ({ request }) => {
  const html = await (await request.get(`/question/${question[0]}?trail=api-error.unauthorized-empty`)).text();
  expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toMatch(new RegExp(`/question/${question[0]}$`));
});

test('the share image, sitemap, robots.txt and 404 page are served', async ({ request }) => {
  const image = await request.get('/og-image.png');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const scenarios = Object.entries(catalog.nodes).filter(([, n]) => n.kind === 'scenario');
  for (const [id, node] of scenarios) {
    expect(sitemap).toContain(`/scenario/${id}</loc><lastmod>${node.kind === 'scenario' ? node.reviewed : ''}</lastmod>`);
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const missing = await request.get('/nothing/here');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('noindex');
});

test.describe('built with BASE_PATH=/troubleshoot/', () => {
  test('every link and asset honours the base path, and a journey works', async ({ page }) => {
    const errors = watchConsole(page);
    const leaks = offOrigin(page, BASE_ORIGIN);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${BASE_ORIGIN}/troubleshoot/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const hrefs = await page
      .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith('/troubleshoot/'))).toEqual([]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Error index' }).click();
    await expect(page).toHaveURL(`${BASE_ORIGIN}/troubleshoot/errors`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error index');
    await page.goto(`${BASE_ORIGIN}/troubleshoot/scenario/${scenario[0]}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario[1].title));
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(leaks).toEqual([]);
  });

  test('an unknown id under the base path gets the not-found page with suggestions', async ({ page }) => {
    const response = await page.goto(`${BASE_ORIGIN}/troubleshoot/scenario/md5102`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('list', { name: 'Nearest matches' }).getByRole('link', { name: /md5101/ })).toHaveAttribute(
      'href',
      '/troubleshoot/scenario/md5101',
    );
  });
});
