// axe-core on every kind of page, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { catalog } from './catalog.ts';

const question = Object.keys(catalog.nodes).find((id) => catalog.nodes[id]?.kind === 'question') ?? '';
const scenario = Object.keys(catalog.nodes).find((id) => catalog.nodes[id]?.kind === 'scenario') ?? '';
const pages = [
  '/',
  '/errors',
  `/question/${question}?trail=api-error.unauthorized-empty`,
  `/scenario/${scenario}`,
  '/search',
  '/map',
  '/tools/consent-url',
  '/tools/redirect-uri',
  '/tools/token-request',
  '/tools/region',
  '/tools/operation',
  '/scenario/md5102',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}
