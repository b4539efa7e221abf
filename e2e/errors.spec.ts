// The error index: every symptom grouped by where it appears, each with a meaning and a link that works.
import { expect, test, type Page } from '@playwright/test';
import { catalog, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

test('every link on the error index resolves to a page with a heading', async ({ page }) => {
  await ready(page, '/errors');
  const hrefs = await page
    .getByRole('main')
    .locator('a[href]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  const pages = [...new Set(hrefs.filter((h) => !h.startsWith('#')).map((h) => h.split('#')[0] ?? ''))];
  const anchors = [...new Set(hrefs.filter((h) => h.startsWith('#')))];
  expect(pages.length).toBeGreaterThan(20);
  for (const href of pages) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(await response.text(), href).toMatch(/<h1[^>]*>[^<]+/);
  }
  for (const anchor of anchors) await expect(page.locator(`[id="${anchor.slice(1)}"]`), anchor).toHaveCount(1);
});

test('a link into the tree opens its page', async ({ page }) => {
  await ready(page, '/errors');
  await page.getByRole('link', { name: 'MD5101', exact: true }).click();
  await expect(page).toHaveURL(/\/scenario\/md5101$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(catalog.nodes.md5101?.title ?? ''));
});

test('it lists every code, status and message, grouped by where it appears', async ({ page }) => {
  const errors = watchConsole(page);
  await ready(page, '/errors');
  const main = page.getByRole('main');
  for (const group of catalog.start) {
    const section = main.locator(`section:has(> h2#${group.where})`);
    await expect(section).toHaveCount(1);
    for (const entry of catalog.index.filter((e) => e.where === group.where)) {
      await expect(section.getByRole('link', { name: shown(entry.label), exact: true }).first(), entry.label).toBeVisible();
    }
  }
  for (const code of [
    'MD5100',
    'MD9000',
    'MD9999',
    'invalid_grant',
    'invalid_client',
    'unsupported_grant_type',
    'InvalidInput',
    'MissingAuthenticationToken',
  ]) {
    await expect(main.getByText(code).first(), code).toBeVisible();
  }
  for (const status of [400, 401, 403, 500]) await expect(main.getByText(`HTTP ${status}`, { exact: true }).first()).toBeVisible();
  // Every code a scenario lists is somewhere in its group.
  for (const [, node] of Object.entries(catalog.nodes)) {
    if (node.kind !== 'scenario') continue;
    for (const s of node.symptoms) {
      if (!s.code) continue;
      await expect(
        main.locator(`section:has(> h2#${s.where}) dt`).filter({ hasText: s.code }).first(),
        `${s.code} in ${s.where}`,
      ).toBeVisible();
    }
  }
  expect(errors).toEqual([]);
});

test('each entry has an anchor to link to', async ({ page }) => {
  await ready(page, '/errors#md9999');
  const entry = page.locator('#md9999');
  await expect(entry).toContainText('MD9999');
  await expect(entry).toContainText('Not documented by Amazon');
  await expect(entry.getByRole('link', { name: /Link to this entry/ })).toHaveAttribute('href', '#md9999');
});

test('the filter narrows the index as you type', async ({ page }) => {
  await ready(page, '/errors');
  const total = await page.locator('.index-entry').count();
  await page.getByRole('searchbox', { name: 'Filter the index' }).fill('invalid_grant');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ entries match\.$/ })).toBeVisible();
  const shownEntries = page.locator('.index-entry');
  expect(await shownEntries.count()).toBeLessThan(total);
  for (const text of await shownEntries.allTextContents()) expect(text.toLowerCase()).toContain('invalid_grant');
  await page.getByRole('searchbox', { name: 'Filter the index' }).fill('md9999');
  await expect(page.locator('.index-entry')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter the index' }).fill('nothing matches this');
  await expect(page.getByRole('link', { name: 'searching the whole troubleshooter' })).toBeVisible();
});
