// Text reflows at 200% zoom and at phone widths without loss, and reduced motion means no animation.
import { expect, test } from '@playwright/test';
import { catalog } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const scenario = Object.keys(catalog.nodes).find((id) => catalog.nodes[id]?.kind === 'scenario') ?? '';
const question = Object.keys(catalog.nodes).find((id) => catalog.nodes[id]?.kind === 'question') ?? '';
const pages = ['/', '/errors', `/question/${question}`, `/scenario/${scenario}`, '/search?q=md5101', '/map', '/tools/token-request'];

test.describe('reflow: 1280 px at 200% zoom is a 640 px viewport; 320 px is WCAG 1.4.10', () => {
  for (const width of [640, 320]) {
    test.use({ viewport: { width, height: 800 } });
    for (const path of pages) {
      test(`${path} at ${width} px needs no horizontal scrolling`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      });
    }
  }
});

test.describe('prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no page runs an animation or transition', async ({ page }) => {
    const errors = watchConsole(page);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      expect(await page.evaluate(() => document.getAnimations().length), path).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
