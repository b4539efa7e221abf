// Search: typo-tolerant, shareable by URL, reachable from every page's header, and never a secret in the URL.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog, escapeRegExp, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const title = (id: string) => shown(catalog.nodes[id]?.title ?? '');
const results = (page: Page) => page.getByRole('list', { name: 'Results' });
const headerSearch = (page: Page) => page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search errors and fixes' });
const pageSearch = (page: Page) => page.getByRole('searchbox', { name: 'Search the troubleshooter' });

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

test('every page has the header (name, search box, main links) and the footer with the catalog version', async ({ page }) => {
  for (const path of [
    '/',
    '/errors',
    '/map',
    '/search',
    '/scenario/md5101',
    '/question/access-denied',
    '/tools/consent-url',
    '/scenario/md5102',
  ]) {
    await page.goto(path);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'SP-API Authorization Troubleshooter' }), path).toBeVisible();
    await expect(headerSearch(page), path).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Start', 'Error index', 'Map', 'Tools'])
      await expect(nav.getByRole('link', { name, exact: true }), `${path} ${name}`).toBeVisible();
    await expect(page.getByRole('contentinfo'), path).toContainText(`Catalog ${catalog.version}, reviewed ${catalog.reviewed}`);
  }
});

test('a misspelled code typed in the header search finds the scenario first, and opens it', async ({ page }) => {
  const errors = watchConsole(page);
  await ready(page, `/scenario/md1000`);
  await headerSearch(page).fill('MD5011');
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=MD5011$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('status').filter({ hasText: /results? for “MD5011”/ })).toBeVisible();
  const first = results(page).getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveText(new RegExp(escapeRegExp(title('md5101'))));
  await first.click();
  await expect(page).toHaveURL(/\/scenario\/md5101$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('md5101'));
  expect(errors).toEqual([]);
});

test('a search URL is shareable: a cold load shows the results', async ({ page }) => {
  const errors = watchConsole(page);
  await ready(page, '/search?q=invalid_grant');
  await expect(pageSearch(page)).toHaveValue('invalid_grant');
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “invalid_grant”/ })).toBeVisible();
  const links = results(page).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs).toContain('/scenario/lwa-invalid-grant-refresh');
  expect(hrefs).toContain('/scenario/lwa-invalid-grant-code');
  expect(errors).toEqual([]);
});

test('the prerendered search page works without JavaScript: the header form submits a GET', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/errors');
  await page.getByRole('searchbox', { name: 'Search errors and fixes' }).fill('md5101');
  await page.getByRole('searchbox', { name: 'Search errors and fixes' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=md5101$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await context.close();
});

test('typing in the search page box updates results and the URL in place, keeping focus', async ({ page }) => {
  await ready(page, '/search');
  const historyLength = await page.evaluate(() => history.length);
  const box = pageSearch(page);
  await box.click();
  await box.pressSequentially('unauthorised', { delay: 20 });
  await expect(page).toHaveURL(/\/search\?q=unauthorised$/);
  await expect(results(page).getByRole('link').first()).toHaveText(/Unauthorized/);
  await expect(box).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await box.fill('redirect fragment');
  await expect(page).toHaveURL(/\/search\?q=redirect\+fragment$/);
  await expect(results(page).getByRole('link').first()).toHaveText(new RegExp(escapeRegExp(title('md5110'))));
  // The URL now carries the query: a reload shows the same results.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(results(page).getByRole('link').first()).toHaveText(new RegExp(escapeRegExp(title('md5110'))));
});

test('gibberish finds nothing, and says so', async ({ page }) => {
  await ready(page, '/search?q=zzqxj+wvvk');
  await expect(page.getByRole('status').filter({ hasText: 'No results for “zzqxj wvvk”' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'error index' })).toBeVisible();
});

test('a secret-shaped query never reaches the URL, from the header or the page box', async ({ page }) => {
  const secret = 'Atzr|IwEBIExampleRefreshTokenValue123456789';
  const body = 'IwEBIExampleRefreshTokenValue123456789';
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  await ready(page, '/');
  await headerSearch(page).fill(`invalid_grant ${secret}`);
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('note')).toContainText('looks like a secret');
  expect(page.url()).not.toContain(body);
  expect(decodeURIComponent(page.url())).toContain('Atzr|••••••••');
  const box = pageSearch(page);
  await box.fill('');
  await box.pressSequentially(`Atzr|IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6aB1`, { delay: 10 });
  await expect(page.getByRole('note')).toContainText('looks like a secret');
  // Typing settles into the address bar after a pause: wait until the masked query is there.
  await expect.poll(() => decodeURIComponent(page.url())).toMatch(/q=Atzr\|•+$/);
  const all = [...urls, page.url(), await page.evaluate(() => location.href)].map((u) => decodeURIComponent(u));
  for (const url of all) {
    expect(url).not.toContain(body);
    expect(url).not.toContain('IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6aB1');
  }
});

test('a secret that reached the URL before JavaScript ran is masked in place', async ({ page }) => {
  await ready(page, `/search?q=${encodeURIComponent('Atza|IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6')}`);
  await expect.poll(() => decodeURIComponent(page.url())).toContain('Atza|••••••••');
  expect(page.url()).not.toContain('IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6');
  await expect(page.getByRole('note')).toContainText('looks like a secret');
  await expect(pageSearch(page)).toHaveValue('Atza|••••••••');
});

test('search works under a base path', async ({ page }) => {
  await page.goto('http://127.0.0.1:4312/troubleshoot/search?q=MD5011');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '/troubleshoot/scenario/md5101');
  await pageSearch(page).fill('md9100');
  await expect(page).toHaveURL('http://127.0.0.1:4312/troubleshoot/search?q=md9100');
});

// e2e/a11y.spec.ts checks the bare page; this checks the state only a query string brings, in both schemes.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search?q=md5011');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
