import { expect, test } from '@playwright/test';
import { catalog, shortestClicks, shown } from './catalog.ts';

test('a keyboard-only journey from the start page to a scenario, with focus on each new heading', async ({ page }) => {
  const [id, path] = [...shortestClicks()].find(([to, p]) => catalog.nodes[to]?.kind === 'scenario' && p.length >= 2) ?? [];
  if (!id || !path) throw new Error('no scenario two clicks deep');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const step of path) {
    const label = step.on === 'start' ? (step.link === 'featured' ? shown(step.label) : 'start with a question') : shown(step.label);
    const scope = step.on === 'start' ? page.getByRole('region', { name: step.group }) : page.getByRole('list', { name: 'Answers' });
    const target = scope.getByRole('link', { name: new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') }).first();
    // Tab until the link has focus, as a keyboard user would.
    for (let i = 0; i < 200 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(shown(catalog.nodes[step.to]?.title ?? ''));
    await expect(heading).toBeFocused();
  }
  const node = catalog.nodes[id];
  if (node?.kind !== 'scenario') throw new Error('unexpected');
  const box = page.getByRole('checkbox', { name: shown(node.checklist[0]?.text ?? '') });
  for (let i = 0; i < 300 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/errors');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
