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
  // The next control is reached with Tab too; copying works from the keyboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const copy = page.getByRole('button', { name: 'Copy as Markdown' });
  for (let i = 0; i < 50 && !(await copy.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown.' })).toBeVisible();
});

test('each navigation is announced in a live region with the new page title', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Error index' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText('Error index');
});

test('a checker is usable by keyboard alone: type, read the findings, follow the scenario link', async ({ page }) => {
  await page.goto('/tools/consent-url');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const field = page.getByRole('textbox').first();
  for (let i = 0; i < 60 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type(
    'https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.11111111-2222-3333-4444-555555555555?version=beta&state=abc123',
  );
  const link = page.getByRole('link', { name: /MD1000/ }).first();
  await expect(link).toBeVisible();
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/scenario\/md1000$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/errors');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
