// The paste analyzer on the start page: representative pastes lead to the right first match, secrets
// are masked, and the pasted text never reaches the URL, storage, history or any request.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { catalog, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4312';

async function open(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  return page.getByRole('textbox', { name: /paste/i });
}

const firstMatch = (page: Page) => page.getByRole('list', { name: 'Matches' }).getByRole('link').first();

const CASES: Array<{ name: string; text: string; href: RegExp | string }> = [
  {
    name: 'a bare JSON 403 body',
    text: '{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":""}]}',
    href: '/question/access-denied',
  },
  {
    name: 'a Python exception about a revoked token',
    text: "sp_api.base.exceptions.SellingApiForbiddenException: [{'message': 'Access to requested resource is denied.', 'code': 'Unauthorized', 'details': 'The access token you provided is revoked, malformed or invalid.'}]",
    href: '/scenario/access-token-invalid',
  },
  {
    name: 'a raw HTTP response with headers',
    text: 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-RequestId: 0c6e1f2a-9d3b-4c5e-8f7a-1b2c3d4e5f60\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{"message":"Missing Authentication Token"}',
    href: '/scenario/missing-authentication-token',
  },
  {
    name: 'the text of a consent error page',
    text: 'Something went wrong\nWe are sorry but we encountered an error while processing your request.\nPlease contact Seller Support and provide them with the following information:\nError Code: MD5101',
    href: '/scenario/md5101',
  },
  {
    name: 'a sentence with other calls working',
    text: 'getOrders and getMarketplaceParticipations work fine with the same token, but listFinancialEvents returns 403 Unauthorized.',
    href: '/question/one-operation-fails',
  },
];

test.describe('pasting leads to the right first match', () => {
  for (const c of CASES) {
    test(c.name, async ({ page }) => {
      const errors = watchConsole(page);
      const box = await open(page);
      await box.fill(c.text);
      await expect(firstMatch(page)).toHaveAttribute('href', c.href);
      await expect(
        page
          .getByRole('list', { name: /recognised/i })
          .getByRole('listitem')
          .first(),
      ).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('a 429 is named as not an authorization problem, and no authorization page comes first', async ({ page }) => {
    const box = await open(page);
    await box.fill(
      'SellingPartnerApi\\ApiException: [429] {"errors": [{"message": "You exceeded your quota for the requested resource.", "code": "QuotaExceeded"}]}',
    );
    const first = firstMatch(page);
    await expect(first).toHaveText(/Not an authorization problem: 429 QuotaExceeded/);
    expect(await first.getAttribute('href')).toMatch(/^#/);
    await expect(page.getByRole('heading', { name: 'Not an authorization problem' })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Not an authorization error');
  });

  test('nothing recognised: no guess, and the list of symptoms is offered', async ({ page }) => {
    const box = await open(page);
    await box.fill('The weather is nice today.');
    await expect(page.getByText(/Nothing in this text was recognised/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Matches' })).toHaveCount(0);
    await page.getByRole('link', { name: /every symptom/i }).click();
    await expect(page).toHaveURL(/\/errors$/);
  });
});

test.describe('secrets and privacy', () => {
  const refresh = 'Atzr|IwEBIHq2Vw9Lk3Xs7Tz1Bn5Cm8Dp4Fr6Gs0Jh2Kd9Lm3Nb7Vc1Xz5Qa8We4Rt6Yu0Io2Pl';
  const clientSecret = 'amzn1.oa2-cs.v1.7c1e9a3f5b2d4086a1c3e5f7092b4d6f8a0c2e4f6183a5c7e9f1b3d5a7c9e2f4b6';
  const marker = 'zebra-marker-4711';
  const pasted = [
    `# ${marker}`,
    `curl -X POST https://api.amazon.com/auth/o2/token -H "Content-Type: application/x-www-form-urlencoded" -d "grant_type=refresh_token&refresh_token=${refresh}&client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef&client_secret=${clientSecret}"`,
    '{"error_description":"Client authentication failed","error":"invalid_client"}',
  ].join('\n');

  test('are masked in the page, and nothing pasted reaches the URL, storage, history or any request', async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const errors = watchConsole(page);
    const box = await open(page);
    const historyBefore = await page.evaluate(() => history.length);
    await box.fill(pasted);

    await expect(box).not.toHaveValue(new RegExp(refresh.slice(5, 20)));
    await expect(box).toHaveValue(/Atzr\|••••••••/);
    await expect(box).toHaveValue(/client_secret=amzn1\.oa2-cs\.v1\.••••••••/);
    await expect(
      page.getByText(
        /Your paste contained 2 secrets \(LWA refresh token, LWA client secret\); they are masked here and nothing left this page/,
      ),
    ).toBeVisible();
    await expect(firstMatch(page)).toHaveAttribute('href', '/question/invalid-client');

    const pageText = await page.locator('body').innerText();
    expect(pageText).not.toContain(refresh.slice(5));
    expect(pageText).not.toContain(clientSecret.slice(16));

    const stored = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, state: history.state, length: history.length }),
    );
    for (const needle of [refresh.slice(5, 25), clientSecret.slice(16, 40), marker]) {
      expect(page.url()).not.toContain(needle);
      expect(stored).not.toContain(needle);
      for (const r of requests) {
        expect(r.url()).not.toContain(needle);
        expect(r.postData() ?? '').not.toContain(needle);
      }
    }
    expect(JSON.parse(stored).length).toBe(historyBefore);
    for (const r of requests) expect(new URL(r.url()).origin).toBe(new URL(page.url()).origin);
    expect(errors).toEqual([]);
  });

  test('following a match carries no pasted text, and coming back does not restore it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    const box = await open(page);
    await box.fill(`${marker}\n{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":""}]}`);
    const link = firstMatch(page);
    await expect(link).toHaveAttribute('href', '/question/access-denied');
    await link.click();
    await expect(page).toHaveURL(/\/question\/access-denied$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown(catalog.nodes['access-denied']?.title ?? ''));
    expect(page.url()).not.toContain(marker);
    await page.goBack();
    await expect(page.getByRole('textbox', { name: /paste/i })).toHaveValue('');
    expect(requests.filter((r) => r.includes(marker))).toEqual([]);
  });
});

test.describe('accessibility of the results', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with matches, chips, a secrets warning and advice shown (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const box = await open(page);
      await box.fill(
        'refresh_token=Atzr|IwEBIHq2Vw9Lk3Xs7Tz1Bn5Cm8Dp4Fr6Gs0Jh2\nHTTP/1.1 429 Too Many Requests\n{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}\n403 Unauthorized',
      );
      await expect(page.getByRole('list', { name: 'Matches' })).toBeVisible();
      await expect(page.getByText(/Your paste contained 1 secret/)).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }

  test('results are reachable by keyboard: Tab from the box reaches the first match', async ({ page }) => {
    const box = await open(page);
    await box.fill('Error Code: MD5101');
    await expect(firstMatch(page)).toHaveAttribute('href', '/scenario/md5101');
    await box.focus();
    const target = firstMatch(page);
    for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/scenario\/md5101$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test.describe('delivery', () => {
  test('the paste box is in the prerendered HTML of the start page, labelled', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const label = /<label[^>]*for="([^"]+)"[^>]*>(Paste[^<]*)<\/label>/.exec(html);
    expect(label?.[2]).toMatch(/^Paste/);
    const id = label?.[1] ?? 'missing';
    expect(html).toContain(`<textarea id="${id}"`);
    expect(html).not.toMatch(/<textarea[^>]*\sname=/);
  });

  test('a scenario page does not load the analyzer', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/scenario/md1000');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /analyze/.test(s))).toEqual([]);
  });

  test('the start page fetches the analyzer with the app, so an early paste waits for no extra round trip', async ({ page }) => {
    const loaded = page.waitForRequest((r) => /analyze[^/]*\.js$/.test(r.url()));
    await open(page);
    await loaded;
    await expect(page.locator('link[rel="modulepreload"][href*="analyze"]')).toHaveCount(1);
  });

  test('under a base path, match links keep the base', async ({ page }) => {
    await page.goto(`${BASE_ORIGIN}/troubleshoot/`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('textbox', { name: /paste/i }).fill('Error Code: MD1000');
    await expect(firstMatch(page)).toHaveAttribute('href', '/troubleshoot/scenario/md1000');
    await firstMatch(page).click();
    await expect(page).toHaveURL(`${BASE_ORIGIN}/troubleshoot/scenario/md1000`);
  });
});

test('text pasted into the prerendered box before the page hydrates is analyzed once it does', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/index-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' }); // module scripts delay DOMContentLoaded, and this one is held
  const box = page.getByRole('textbox', { name: /paste/i });
  await box.fill('Something went wrong\nError Code: MD5101');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(firstMatch(page)).toHaveAttribute('href', '/scenario/md5101');
});
