import { expect, test } from '@playwright/test';
import { catalog, shown } from './catalog.ts';

const [id, scenario] = Object.entries(catalog.nodes).find(([, n]) => n.kind === 'scenario' && n.checklist.length >= 2) ?? [];
if (!id || scenario?.kind !== 'scenario') throw new Error('the catalog has no scenario with two checklist items');
const items = scenario.checklist;
const ready = async (page: import('@playwright/test').Page) => expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

test('checklist ticks survive a reload and show in the Markdown copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/scenario/${id}`);
  await ready(page);
  const first = page.getByRole('checkbox', { name: shown(items[0]?.text ?? '') });
  await first.check();
  await expect(page.getByText(`1 of ${items.length} done`)).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('checkbox', { name: shown(items[0]?.text ?? '') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: shown(items[1]?.text ?? '') })).not.toBeChecked();

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied as Markdown.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain(`# ${scenario.title}`);
  expect(markdown).toContain(`- [x] ${items[0]?.text}`);
  expect(markdown).toContain(`- [ ] ${items[1]?.text}`);
});

test('the console choice is remembered and every navigation step follows it', async ({ page }) => {
  const [navId] =
    Object.entries(catalog.nodes).find(
      ([, n]) => n.kind === 'scenario' && n.steps.some((s) => s.nav?.['seller-central'] && s.nav['solution-provider-portal']),
    ) ?? [];
  if (!navId) throw new Error('no scenario has steps for two consoles');
  await page.goto(`/scenario/${navId}`);
  await ready(page);
  await page.getByRole('radio', { name: 'Solution Provider Portal' }).check();
  await expect(page.locator('.nav-console', { hasText: 'Seller Central' })).toHaveCount(0);
  await expect(page.locator('.nav-console', { hasText: 'Solution Provider Portal' }).first()).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('radio', { name: 'Solution Provider Portal' })).toBeChecked();
});

test('corrupt or old saved state is ignored, never a crash, and replaced on the next tick', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(`spapi-troubleshooter:checklist:${key}`, '{"v":1,"ticked":');
      localStorage.setItem('spapi-troubleshooter:console', '{"v":0,"console":"developer-central"}');
    }
  }, id);
  await page.goto(`/scenario/${id}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(scenario.title));
  await expect(page.getByRole('radio', { name: 'Show all' })).toBeChecked();
  for (const item of items) await expect(page.getByRole('checkbox', { name: shown(item.text) })).not.toBeChecked();
  await page.getByRole('checkbox', { name: shown(items[1]?.text ?? '') }).check();
  const saved = await page.evaluate((key) => localStorage.getItem(`spapi-troubleshooter:checklist:${key}`), id);
  expect(JSON.parse(saved ?? 'null')).toEqual({ v: 1, ticked: [items[1]?.id] });
  expect(errors).toEqual([]);
});

test('ticks made in another tab appear without a reload', async ({ page, context }) => {
  await page.goto(`/scenario/${id}`);
  await ready(page);
  const other = await context.newPage();
  await other.goto(`/scenario/${id}`);
  await ready(other);
  await other.getByRole('checkbox', { name: shown(items[0]?.text ?? '') }).check();
  await expect(page.getByRole('checkbox', { name: shown(items[0]?.text ?? '') })).toBeChecked();
});
