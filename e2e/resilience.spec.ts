// When a data file cannot be had (offline, a proxy's error page), the reader is told what failed and can
// retry, and what is already on screen keeps working.
import { expect, test } from '@playwright/test';
import { catalog, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const [id, scenario] = Object.entries(catalog.nodes).find(([, n]) => n.kind === 'scenario') ?? [];
if (!id || scenario?.kind !== 'scenario') throw new Error('the catalog has no scenario');

test('a deep link hydrates and its checklist works with every data file unreachable', async ({ page }) => {
  const errors = watchConsole(page);
  const asked: string[] = [];
  await page.route('**/data/**', (route) => {
    asked.push(route.request().url());
    return route.abort('connectionfailed');
  });
  await page.goto(`/scenario/${id}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario.title));
  await page.getByRole('checkbox', { name: shown(scenario.checklist[0]?.text ?? '') }).check();
  await expect(page.getByText(`1 of ${scenario.checklist.length} done`)).toBeVisible();
  expect(asked).toEqual([]);
  expect(errors).toEqual([]);
});

test('when the next page’s data fails to load, the page says so and Retry loads it', async ({ page }) => {
  await page.goto('/errors');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  let block = true;
  await page.route('**/data/**/pages/scenario/**', (route) => (block ? route.abort('connectionfailed') : route.continue()));
  await page.locator(`main a[href="/scenario/${id}"]`).first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not download this page’s data (network error)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The troubleshooter could not load this page');
  block = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario.title));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a data file that is not JSON (a proxy’s error page) is reported, not a crash', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/errors');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.route('**/data/**/pages/scenario/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Bad gateway</p>' }),
  );
  await page.locator(`main a[href="/scenario/${id}"]`).first().click();
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  expect(errors).toEqual([]);
});

test('when the paste box cannot load its rules, it says so, and editing the text tries again', async ({ page }) => {
  let block = true;
  await page.route('**/data/**/analyzer.json', (route) => (block ? route.abort('connectionfailed') : route.continue()));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const box = page.getByRole('textbox', { name: /paste/i });
  await box.fill('Error Code: MD5101');
  await expect(page.getByRole('alert')).toContainText('The analyzer could not be loaded');
  block = false;
  await box.fill('Error Code: MD5101 ');
  await expect(page.getByRole('list', { name: 'Matches' }).getByRole('link').first()).toHaveAttribute('href', '/scenario/md5101');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
