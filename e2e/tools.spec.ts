// The four checkers (/tools/...): prerendered and empty, results as the reader types with real
// mistakes, links to the scenarios, the consent URL builder, secrets masked and never in the URL or
// storage, share links only for secret-free input, and a shared link reproducing the result.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog, escapeRegExp, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

/** The server for the base-path build (playwright.config.ts). */
const BASE_ORIGIN = process.env.E2E_BASE_ORIGIN ?? 'http://127.0.0.1:4312';

const APP = 'amzn1.sp.solution.12345678-90ab-cdef-1234-567890abcdef';
const CLIENT = 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef';
const HEX = '9f8e7d6c5b4a3210'.repeat(4);
const SECRET = `amzn1.oa2-cs.v1.${HEX}`;
const SC = 'https://sellercentral.amazon.com/apps/authorize/consent';
const STATE = 'f3a9c1d2e4b5a6c7';
const REG = 'https://example.com/amazon/callback';

const TOOLS = [
  { name: 'consent-url', title: 'Consent URL checker', fields: ['Authorization (consent) URL'] },
  {
    name: 'redirect-uri',
    title: 'Redirect URI checker',
    fields: ['Redirect URI used', 'Redirect URIs registered on the app (one per line)'],
  },
  { name: 'token-request', title: 'Token request checker', fields: ['Token request (curl command or raw HTTP request)'] },
  {
    name: 'region',
    title: 'Region checker',
    fields: ['SP-API endpoint', 'Marketplace', 'Credential-scope region (legacy signing)', 'Region the refresh token was issued for'],
  },
] as const;

const title = (id: string) => shown(catalog.nodes[id]?.title ?? '');
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });
/** The finding whose heading contains `text` (the heading reads "Error: <title>"). */
const finding = (page: Page, text: string | RegExp) =>
  findings(page).getByRole('listitem', { name: typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text });
const summary = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /error|warning|OK|note|Nothing to report|Results appear/ })
    .first();
const share = (page: Page) => page.getByRole('button', { name: 'Copy link to this result' });

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

test.describe('prerendered tool pages', () => {
  for (const tool of TOOLS) {
    test(`${tool.name}: the raw HTML has the h1, the explanation and empty labelled fields, and no results`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/tools/${tool.name}?url=x&used=x&endpoint=x`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tool.title);
      await expect(page.locator('.tool-page > p.lead')).toHaveCount(1);
      for (const label of tool.fields) await expect(page.getByLabel(label, { exact: true })).toHaveValue('');
      await expect(findings(page)).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Checkers' }).getByRole('link', { name: tool.title })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await context.close();
    });
  }
});

test.describe('consent URL', () => {
  test('version=beta joined with ? is an error that links to MD1000, and the link works', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, '/tools/consent-url');
    await page.getByLabel('Authorization (consent) URL').fill(`${SC}?application_id=${APP}?version=beta&state=${STATE}`);
    const item = finding(page, 'version=beta is joined with a second ? instead of &');
    await expect(item).toBeVisible();
    await expect(item.locator('.finding-severity')).toHaveText('Error:');
    await expect(item).toHaveAccessibleName(/^Error\s?: version=beta is joined/);
    await expect(item).toContainText('Fix:');
    await expect(summary(page)).toHaveText(/^1 error/);
    // Errors come first.
    await expect(findings(page).getByRole('listitem').first().locator('.finding-severity')).toHaveText('Error:');
    // What was read from the URL.
    const facts = page.locator('.tool-facts');
    await expect(facts).toContainText('sellercentral.amazon.com (Seller Central)');
    await expect(facts).toContainText('North America (na)');
    await expect(facts).toContainText('United States (US)');
    await item.getByRole('link', { name: `Read: ${title('md1000')}` }).click();
    await expect(page).toHaveURL(/\/scenario\/md1000$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('md1000'));
    expect(errors).toEqual([]);
  });

  test('an LWA client id as application_id, a redirect_uri with a fragment, and an http redirect_uri', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, '/tools/consent-url');
    const box = page.getByLabel('Authorization (consent) URL');
    await box.fill(`${SC}?application_id=${CLIENT}&state=${STATE}`);
    await expect(finding(page, 'application_id holds the LWA client ID, not the app ID')).toBeVisible();
    await expect(
      finding(page, 'application_id holds the LWA client ID').getByRole('link', { name: `Read: ${title('md1000')}` }),
    ).toBeVisible();

    await box.fill(`${SC}?application_id=${APP}&state=${STATE}&redirect_uri=${encodeURIComponent(`${REG}#done`)}`);
    const fragment = finding(page, 'The redirect URI contains a fragment (#)');
    await expect(fragment.locator('.finding-severity')).toHaveText('Error:');
    await expect(fragment.getByRole('link', { name: `Read: ${title('md5110')}` })).toHaveAttribute('href', '/scenario/md5110');
    await expect(finding(page, 'application_id is an SP-API app ID').locator('.finding-severity')).toHaveText('OK:');

    await box.fill(`${SC}?application_id=${APP}&state=${STATE}&redirect_uri=http%3A%2F%2Fexample.com%2Famazon%2Fcallback`);
    await expect(finding(page, 'redirect_uri uses http://, not https://')).toBeVisible();
    await expect(fragment).toHaveCount(0);
    // Typing never puts the input into the address bar.
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  test('stray spaces and a wrong host are reported', async ({ page }) => {
    await open(page, '/tools/consent-url');
    await page
      .getByLabel('Authorization (consent) URL')
      .fill(`  https://sellingpartnerapi-na.amazon.com/apps/authorize/consent?application_id=${APP}&state= ${STATE}`);
    await expect(finding(page, 'The URL contains spaces or line breaks')).toBeVisible();
    await expect(finding(page, 'sellingpartnerapi-na.amazon.com is an SP-API endpoint, not a consent page')).toBeVisible();
  });

  test('the builder makes the US Draft URL, explains impossible combinations and flags a client id', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, '/tools/consent-url');
    const builder = page.getByRole('region', { name: 'Build a consent URL' });
    await expect(builder.getByRole('status')).toHaveText('Enter your app ID to build the URL.');
    await builder.getByLabel('Marketplace', { exact: true }).selectOption('US');
    await builder.getByRole('radio', { name: /^Draft/ }).check();
    await builder.getByLabel('App ID', { exact: true }).fill(APP);
    const output = builder.getByRole('textbox', { name: 'Consent URL' });
    await expect(output).toHaveValue(`${SC}?application_id=${APP}&version=beta`);
    await builder.getByRole('radio', { name: /^Published/ }).check();
    await expect(output).toHaveValue(`${SC}?application_id=${APP}`);
    await builder.getByLabel('Marketplace', { exact: true }).selectOption('DE');
    await builder.getByLabel('State (optional)').fill(STATE);
    await expect(output).toHaveValue(`https://sellercentral-europe.amazon.com/apps/authorize/consent?application_id=${APP}&state=${STATE}`);

    await builder.getByRole('radio', { name: /^Vendor Central/ }).check();
    await builder.getByLabel('Marketplace', { exact: true }).selectOption('IE');
    await expect(builder.getByRole('status')).toContainText('Amazon lists no Vendor Central for Ireland');
    await expect(output).toHaveCount(0);

    await builder.getByRole('radio', { name: /^Seller Central/ }).check();
    await builder.getByLabel('Marketplace', { exact: true }).selectOption('US');
    await builder.getByLabel('App ID', { exact: true }).fill(CLIENT);
    await expect(builder.getByRole('list', { name: 'Problems with the built URL' })).toContainText(
      'application_id holds the LWA client ID',
    );
    expect(errors).toEqual([]);
  });
});

test.describe('redirect URI', () => {
  const cases = [
    { mistake: 'trailing slash', used: `${REG}/`, text: 'Trailing slash differs: used "/amazon/callback/", registered "/amazon/callback"' },
    {
      mistake: 'host case',
      used: 'https://Example.com/amazon/callback',
      text: 'Host differs only in case: used "Example.com", registered "example.com"',
    },
    { mistake: 'http vs https', used: 'http://example.com/amazon/callback', text: 'Scheme differs: used "http", registered "https"' },
  ];
  for (const c of cases) {
    test(`names the difference precisely: ${c.mistake}`, async ({ page }) => {
      const errors = watchConsole(page);
      await open(page, '/tools/redirect-uri');
      await page.getByLabel('Redirect URIs registered on the app (one per line)').fill(`https://other.example/cb\n${REG}`);
      await page.getByLabel('Redirect URI used').fill(c.used);
      await expect(summary(page)).toHaveText(/^No exact match; the nearest registered URI is on line 2\./);
      const item = finding(page, c.text);
      await expect(item.locator('.finding-severity')).toHaveText('Error:');
      await expect(item.getByRole('link', { name: `Read: ${title('md5101')}` })).toHaveAttribute('href', '/scenario/md5101');
      await expect(findings(page).getByRole('heading', { name: /differs/ })).toHaveCount(1);
      expect(errors).toEqual([]);
    });
  }

  test('an exact match is the verdict, and every difference of a combined mistake is listed', async ({ page }) => {
    await open(page, '/tools/redirect-uri');
    await page.getByLabel('Redirect URIs registered on the app (one per line)').fill(REG);
    await page.getByLabel('Redirect URI used').fill(REG);
    await expect(summary(page)).toHaveText(/^Exact match: line 1 of the registered URIs\./);
    await expect(finding(page, 'Matches the registered URI on line 1 exactly').locator('.finding-severity')).toHaveText('OK:');
    await page.getByLabel('Redirect URI used').fill('http://Example.com/amazon/callback/');
    await expect(summary(page)).toHaveText(/^No exact match/);
    for (const text of ['Scheme differs', 'Host differs only in case', 'Trailing slash differs'])
      await expect(finding(page, text)).toBeVisible();
    await expect(page.locator('.tool-facts')).toContainText(`Nearest registered URI (line 1)`);
  });
});

test.describe('token request', () => {
  const CURL = `curl -X POST 'https://sellingpartnerapi-na.amazon.com/auth/o2/token?grant_type=authentication_code&code=ANDmZWbqRMUJKfWKJyqN&client_id=${CLIENT}&client_secret=${SECRET}' -H 'Content-Type: application/x-www-form-urlencoded'`;

  test('query-string parameters, a misspelt grant_type and the SP-API host; the secret is masked and never leaves', async ({ page }) => {
    const errors = watchConsole(page);
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    await open(page, '/tools/token-request');
    await page.getByLabel('Token request (curl command or raw HTTP request)').fill(CURL);

    const host = finding(page, 'The token request goes to the SP-API endpoint sellingpartnerapi-na.amazon.com');
    await expect(host.locator('.finding-severity')).toHaveText('Error:');
    const read = host.getByRole('link', { name: `Read: ${title('missing-authentication-token')}` });
    await expect(read).toHaveAttribute('href', '/scenario/missing-authentication-token');
    await expect(
      finding(page, 'grant_type "authentication_code" is not a grant LWA knows: did you mean authorization_code?'),
    ).toBeVisible();
    await expect(finding(page, /are in the query string/)).toContainText('Move them into a form body');
    await expect(finding(page, 'The authorization code is valid for 5 minutes and works once')).toBeVisible();

    // Masked on screen: the request as checked shows the mask, and no shown text holds the secret.
    const masked = page.getByRole('region', { name: 'Results' }).locator('.tool-masked');
    await expect(masked).toContainText('LWA client secret');
    await expect(masked.locator('pre')).toContainText('client_secret=amzn1.oa2-cs.v1.••••••••');
    expect(await page.locator('main').innerText()).not.toContain(HEX);
    expect(await page.locator('main').innerText()).not.toContain('ANDmZWbqRMUJKfWKJyqN');

    // No link is offered, and the page says why.
    await expect(share(page)).toBeDisabled();
    await expect(
      page.getByText(
        /This input contains a secret \(.*LWA client secret.*\); links to it are not offered, so the secret never ends up in chat or browser history\./,
      ),
    ).toBeVisible();

    // Never in the address bar, the history entries visited, or storage.
    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    for (const leak of [page.url(), ...urls, storage, await page.evaluate(() => location.href)]) {
      expect(leak).not.toContain(HEX);
      expect(decodeURIComponent(leak)).not.toContain(HEX);
    }
    await read.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('missing-authentication-token'));
    expect(page.url()).not.toContain(HEX);
    expect(errors).toEqual([]);
  });

  test('a correct request passes, and a secret-free one can be shared', async ({ page }) => {
    await open(page, '/tools/token-request');
    await page
      .getByLabel('Token request (curl command or raw HTTP request)')
      .fill(
        `curl -X POST https://api.amazon.com/auth/o2/token -d 'grant_type=client_credentials&scope=sellingpartnerapi::notifications&client_id=${CLIENT}&client_secret=<your client secret>'`,
      );
    await expect(summary(page)).toHaveText(/^No errors or warnings/);
    await expect(finding(page, 'Endpoint is https://api.amazon.com/auth/o2/token')).toBeVisible();
    await expect(share(page)).toBeEnabled();
  });

  test('a link that carries a secret is not loaded, and the address is cleared', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, `/tools/token-request?request=${encodeURIComponent(CURL)}`);
    await expect(page.getByRole('note')).toContainText('The link you opened carried a secret (');
    await expect(page.getByLabel('Token request (curl command or raw HTTP request)')).toHaveValue('');
    await expect.poll(() => page.url()).toMatch(/\/tools\/token-request$/);
    expect(errors).toEqual([]);
  });
});

test.describe('region', () => {
  test('an EU endpoint with a us-east-1 credential scope: the mismatch and what each should be', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, '/tools/region');
    await page.getByLabel('SP-API endpoint').fill('https://sellingpartnerapi-eu.amazon.com');
    await page.getByLabel('Credential-scope region (legacy signing)').fill('us-east-1');
    const item = finding(page, 'The credential scope is us-east-1 (North America (na)) but the endpoint is in Europe (eu)');
    await expect(item.locator('.finding-severity')).toHaveText('Error:');
    await expect(item).toContainText('Sign with eu-west-1 for https://sellingpartnerapi-eu.amazon.com');
    await expect(item.getByRole('link', { name: `Read: ${title('credential-scope-region')}` })).toHaveAttribute(
      'href',
      '/scenario/credential-scope-region',
    );
    const facts = page.locator('.tool-facts');
    await expect(facts.locator('div').filter({ hasText: /^Endpoint/ })).toContainText('Europe (eu)');
    await expect(facts.locator('div').filter({ hasText: /^Credential scope/ })).toContainText('North America (na)');
    await page.getByLabel('Marketplace', { exact: true }).fill('DE');
    await page.getByLabel('Region the refresh token was issued for').fill('eu');
    await expect(finding(page, 'Everything points to Europe (eu) except the credential scope')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('shared links', () => {
  test('a secret-free region result is shared as a link that cold-loads with the same findings', async ({ page, context }) => {
    const errors = watchConsole(page);
    await open(page, '/tools/region');
    await page.getByLabel('SP-API endpoint').fill('sellingpartnerapi-na.amazon.com');
    await page.getByLabel('Marketplace', { exact: true }).fill('UK');
    await page.getByLabel('Region the refresh token was issued for').fill('na');
    await expect(finding(page, 'The marketplace is in Europe (eu) but the endpoint serves North America (na)')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    const before = await findings(page).getByRole('heading').allTextContents();
    await share(page).click();
    const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tools\/region\?endpoint=sellingpartnerapi-na\.amazon\.com&marketplace=UK&token=na$/);
    // The address bar still holds no input.
    expect(new URL(page.url()).search).toBe('');

    const other = await context.newPage();
    const otherErrors = watchConsole(other);
    await open(other, link);
    await expect(other.getByLabel('SP-API endpoint')).toHaveValue('sellingpartnerapi-na.amazon.com');
    await expect(other.getByLabel('Marketplace', { exact: true })).toHaveValue('UK');
    await expect(findings(other).getByRole('heading')).toHaveText(before);
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  });

  test('a redirect URI link and a consent URL link reproduce their results', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, `/tools/redirect-uri?used=${encodeURIComponent(`${REG}/`)}&registered=${encodeURIComponent(REG)}`);
    await expect(page.getByLabel('Redirect URI used')).toHaveValue(`${REG}/`);
    await expect(finding(page, 'Trailing slash differs')).toBeVisible();
    await open(page, `/tools/consent-url?url=${encodeURIComponent(`${SC}?application_id=${APP}?version=beta`)}`);
    await expect(finding(page, 'version=beta is joined with a second ? instead of &')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('under a base path the link includes the base', async ({ page }) => {
    const errors = watchConsole(page);
    await open(page, `${BASE_ORIGIN}/troubleshoot/tools/consent-url`);
    await page.getByLabel('Authorization (consent) URL').fill(`${SC}?application_id=${CLIENT}`);
    await expect(finding(page, 'application_id holds the LWA client ID')).toBeVisible();
    await expect(finding(page, 'application_id holds the LWA client ID').getByRole('link', { name: /^Read:/ })).toHaveAttribute(
      'href',
      '/troubleshoot/scenario/md1000',
    );
    await share(page).click();
    const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
    expect(link.startsWith(`${BASE_ORIGIN}/troubleshoot/tools/consent-url?url=`)).toBe(true);
    await open(page, link);
    await expect(finding(page, 'application_id holds the LWA client ID')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('the checker nav moves between tools and marks the current one', async ({ page }) => {
  const errors = watchConsole(page);
  await open(page, '/tools/consent-url');
  const nav = page.getByRole('navigation', { name: 'Checkers' });
  await nav.getByRole('link', { name: 'Region checker' }).click();
  await expect(page).toHaveURL(/\/tools\/region$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region checker');
  await expect(nav.getByRole('link', { name: 'Region checker' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Consent URL checker' })).not.toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const tool of TOOLS) {
      test(`axe finds no violations on ${tool.name} with results shown`, async ({ page }) => {
        const errors = watchConsole(page);
        await open(page, `/tools/${tool.name}`);
        await page.getByRole('button', { name: 'Try an example with mistakes' }).click();
        await expect(findings(page).locator('.finding-error').first()).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
