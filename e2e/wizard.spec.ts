import { expect, test } from '@playwright/test';
import { SEED } from '../src/testing/public-ids.ts';
import { catalog, shortestClicks, shown } from './catalog.ts';
import { click, watchConsole } from './helpers.ts';

const clicks = shortestClicks();
const scenarios = Object.entries(catalog.nodes).filter(([, n]) => n.kind === 'scenario');
/** The seed page's rows must be reachable in five clicks; the rest in six. */
const SEED_IDS = new Set(SEED);

test.describe('every scenario is reachable from the start page by clicking', () => {
  for (const [id, node] of scenarios) {
    const limit = SEED_IDS.has(id) ? 5 : 6;
    test(`${id} in at most ${limit} clicks`, async ({ page }) => {
      const path = clicks.get(id);
      expect(path, `${id} has no click path from /`).toBeDefined();
      expect(path?.length ?? 99).toBeLessThanOrEqual(limit);
      await page.goto('/');
      for (const step of path ?? []) await click(page, step);
      await expect(page).toHaveURL(new RegExp(`/scenario/${id}(\\?|$)`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(node.title));
      await expect(
        page
          .getByRole('main')
          .getByRole('list')
          .filter({ has: page.locator('li') })
          .first(),
      ).toBeVisible();
    });
  }
});

test('the access-denied question leads to the four Unauthorized causes', async ({ page }) => {
  const reachable = new Set<string>();
  const walk = (id: string) => {
    if (reachable.has(id)) return;
    reachable.add(id);
    const node = catalog.nodes[id];
    if (node?.kind === 'question') node.answers.forEach((a) => walk(a.next));
  };
  walk('access-denied');
  for (const id of ['unauthorized-account-health', 'unauthorized-region-mismatch', 'unauthorized-app-roles', 'unauthorized-missing-role']) {
    expect(reachable.has(id), `${id} from access-denied`).toBe(true);
  }
  await page.goto('/question/access-denied');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(catalog.nodes['access-denied']?.title ?? ''));
  await expect(page.getByRole('list', { name: 'Answers' }).getByRole('link')).toHaveCount(
    catalog.nodes['access-denied']?.kind === 'question' ? catalog.nodes['access-denied'].answers.length : 0,
  );
});

test('a scenario page holds steps in an ordered list inside main, real checkboxes and sources', async ({ page }) => {
  const [id, node] = scenarios[0] ?? [];
  if (!id || node?.kind !== 'scenario') throw new Error('the catalog has no scenario');
  const errors = watchConsole(page);
  await page.goto(`/scenario/${id}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main ol.steps > li')).toHaveCount(node.steps.length);
  await expect(page.getByRole('checkbox')).toHaveCount(node.checklist.length);
  for (const item of node.checklist) await expect(page.getByRole('checkbox', { name: shown(item.text) })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link')).toHaveCount(node.sources.length);
  expect(errors).toEqual([]);
});
