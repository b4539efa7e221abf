import { expect, test } from '@playwright/test';
import { catalog, shown } from './catalog.ts';

const [id, scenario] = Object.entries(catalog.nodes).find(([, n]) => n.kind === 'scenario') ?? [];
if (!id || scenario?.kind !== 'scenario') throw new Error('the catalog has no scenario');

test('when the catalog fails to load, the prerendered page stays readable and Retry brings the app to life', async ({ page }) => {
  let block = true;
  await page.route('**/assets/catalog-*.json', (route) => (block ? route.abort('connectionfailed') : route.continue()));
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`/scenario/${id}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not download its catalog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario.title));
  await expect(page.locator('main ol.steps > li')).toHaveCount(scenario.steps.length);
  block = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('checkbox', { name: shown(scenario.checklist[0]?.text ?? '') }).check();
  await expect(page.getByText(`1 of ${scenario.checklist.length} done`)).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a catalog that is not the one the build validated is checked in full and refused when broken', async ({ page }) => {
  await page.route('**/assets/catalog-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":"9.9.9","nodes":{}}' }));
  await page.goto(`/scenario/${id}`);
  await expect(page.getByRole('alert')).toContainText('failed validation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario.title));
});
