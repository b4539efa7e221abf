import { expect, test } from '@playwright/test';
import { catalog, shortestClicks, shown } from './catalog.ts';
import { click, watchConsole } from './helpers.ts';

/** A scenario reached through at least two answers, with the trail that leads there. */
function deepScenario() {
  for (const [id, path] of shortestClicks()) {
    const answers = path.filter((c) => c.on === 'question');
    if (catalog.nodes[id]?.kind === 'scenario' && answers.length >= 2) {
      const trail = answers.map((c) => (c.on === 'question' ? `${c.question}.${c.answer}` : '')).join('_');
      return { id, path, answers, trail };
    }
  }
  throw new Error('the catalog has no scenario two answers deep');
}

test('a cold deep link with a trail shows the answers that led there, each linking back', async ({ page }) => {
  const deep = deepScenario();
  const errors = watchConsole(page);
  const response = await page.goto(`/scenario/${deep.id}?trail=${deep.trail}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const trail = page.getByRole('navigation', { name: 'Your answers' });
  await expect(trail.getByRole('link')).toHaveCount(deep.answers.length);
  const first = deep.answers[0];
  if (first?.on !== 'question') throw new Error('unexpected');
  await trail.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/question/${first.question}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(catalog.nodes[first.question]?.title ?? ''));
  expect(errors, 'no hydration warnings or errors').toEqual([]);
});

test('a trail that no longer fits the catalog is dropped with a note, and the page still opens', async ({ page }) => {
  const deep = deepScenario();
  await page.goto(`/scenario/${deep.id}?trail=retired-question.gone_access-denied.nothing-works`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(catalog.nodes[deep.id]?.title ?? ''));
  await expect(page.getByRole('note')).toContainText('no longer match');
  await expect(page.getByRole('navigation', { name: 'Your answers' })).toHaveCount(0);
});

test('back and forward walk the answers', async ({ page }) => {
  const deep = deepScenario();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  for (const step of deep.path) await click(page, step);
  const titles = deep.path.map((c) => shown(catalog.nodes[c.to]?.title ?? ''));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2) ?? '');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-3) ?? shown('What do you see?'));
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-1) ?? '');
  await expect(page).toHaveURL(new RegExp(`trail=${deep.trail}$`));
});

test('an unknown id gets a not-found page with the nearest ids', async ({ page }) => {
  const response = await page.goto('/scenario/md5102');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('md5102');
  const suggestions = page.getByRole('list', { name: 'Nearest matches' });
  await expect(suggestions.getByRole('link', { name: /md5101/ })).toBeVisible();
  await suggestions.getByRole('link', { name: /md5101/ }).click();
  await expect(page).toHaveURL(/\/scenario\/md5101$/);
});

test('an unknown address of any shape is answered by the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/no page/i);
});
