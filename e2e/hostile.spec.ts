// Script payloads in URL paths and parameters run nothing and break nothing.
import { expect, test, type Page } from '@playwright/test';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'-alert(1)-'",
  '%3Csvg%20onload%3Dalert(1)%3E',
  '../../../../etc/passwd',
  '%E0%A4%A',
  '\u202e\u0000<iframe src=javascript:alert(1)>',
];

/** Fails on any dialog or uncaught error; returns console errors other than the 404 of the page itself. */
function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

for (const payload of PAYLOADS) {
  const encoded = encodeURIComponent(payload);
  test(`payload ${JSON.stringify(payload)} in paths and parameters runs nothing`, async ({ page }) => {
    const problems = guard(page);
    const urls = [
      `/scenario/${encoded}`,
      `/question/${encoded}`,
      `/${encoded}`,
      `/question/access-denied?trail=${encoded}`,
      `/scenario/md5101?trail=access-denied.${encoded}`,
      `/search?q=${encoded}`,
      `/map?trail=${encoded}`,
      `/tools/consent-url?url=${encoded}`,
      `/tools/redirect-uri?used=${encoded}&registered=${encoded}`,
      `/tools/region?endpoint=${encoded}&marketplace=${encoded}`,
      `/tools/operation?op=${encoded}`,
      `/errors#${encoded}`,
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('script:not([type]), script[type="text/javascript"]')).toHaveCount(0);
      expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0);
    }
    expect(problems).toEqual([]);
  });
}
