// The operation checker (/tools/operation): real operations across APIs, each fact with its source,
// findings linking their scenarios, the nearest name for a typo, share links that carry the operation
// and nothing else, and the scenarios that link back to the checker.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog, escapeRegExp, shown } from './catalog.ts';
import { watchConsole } from './helpers.ts';

const FIELD = 'Operation, request or type';
const ROLE_MAPPINGS = 'https://developer-docs.amazon.com/sp-api/docs/role-mappings';
const TOKEN_BODY = 'IwEBIPq7Zk3q7Zk3q7Zk3q7Zk3q7Zk3q7Zk3q7Zk3q7Zk3';

const title = (id: string) => shown(catalog.nodes[id]?.title ?? '');
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });
/** The finding whose heading contains `text` (the heading reads "Warning: <title>"). */
const finding = (page: Page, text: string) => findings(page).getByRole('listitem', { name: new RegExp(escapeRegExp(text)) });
const fact = (page: Page, id: string) => page.locator(`.operation-facts [data-fact="${id}"]`);
const share = (page: Page) => page.getByRole('button', { name: 'Copy link to this result' });

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

async function check(page: Page, input: string) {
  await open(page, '/tools/operation');
  await page.getByLabel(FIELD, { exact: true }).fill(input);
}

test('the raw HTML has the h1, the explanation and the empty field, and no results', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/operation?op=getOrderAddress');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operation checker');
  await expect(page.locator('.tool-page > p.lead')).toHaveCount(1);
  await expect(page.getByLabel(FIELD, { exact: true })).toHaveValue('');
  await expect(findings(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Checkers' }).getByRole('link', { name: 'Operation checker' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await context.close();
});

test('the operation data loads on the checker page only', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/checker-[^/]*\.js$/.test(new URL(r.url()).pathname)) chunks.push(r.url());
  });
  for (const path of ['/', '/tools/region', '/scenario/restricted-data-token']) await open(page, path);
  expect(chunks).toEqual([]);
  await check(page, 'searchOrders');
  await expect(fact(page, 'operation')).toBeVisible();
  expect(chunks).toHaveLength(1);
});

test("getOrderAddress (Orders v0): restricted, deprecated, roles not in our data with the link to Amazon's role mappings", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await check(page, 'getOrderAddress');
  const restricted = finding(page, 'getOrderAddress is a restricted operation: it needs a Restricted Data Token');
  await expect(restricted.locator('.finding-severity')).toHaveText('Warning:');
  await expect(restricted.getByRole('link', { name: `Read: ${title('restricted-data-token')}` })).toHaveAttribute(
    'href',
    '/scenario/restricted-data-token',
  );
  await expect(finding(page, 'getOrderAddress in Orders API v0 is deprecated')).toBeVisible();
  await expect(fact(page, 'operation')).toContainText('GET /orders/v0/orders/{orderId}/address');
  await expect(fact(page, 'status')).toContainText('Orders API v2026-01-01');
  await expect(fact(page, 'restricted')).toContainText('path /orders/v0/orders/{orderId}/address');
  await expect(fact(page, 'restricted').getByRole('link', { name: /Tokens API use case guide/ })).toHaveAttribute(
    'href',
    'https://developer-docs.amazon.com/sp-api/docs/tokens-api-use-case-guide',
  );
  await expect(fact(page, 'roles')).toContainText('Not in our data');
  await expect(fact(page, 'roles').getByRole('link', { name: 'Role Mappings for SP-API Operations' })).toHaveAttribute(
    'href',
    ROLE_MAPPINGS,
  );
  // Every fact shows its source.
  const rows = page.locator('.operation-facts [data-fact]');
  const count = await rows.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('a[href^="https://"]').first()).toBeVisible();
  await restricted.getByRole('link', { name: /^Read:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('restricted-data-token'));
  expect(errors).toEqual([]);
});

test('searchOrders (Orders v2026-01-01): restricted roles, but no Restricted Data Token', async ({ page }) => {
  const errors = watchConsole(page);
  await check(page, 'searchOrders');
  await expect(finding(page, 'Orders API v2026-01-01 needs no Restricted Data Token')).toBeVisible();
  await expect(finding(page, 'is a restricted operation')).toHaveCount(0);
  await expect(fact(page, 'api')).toContainText('Orders API v2026-01-01');
  await expect(fact(page, 'restricted')).toContainText('needs no Restricted Data Token');
  await expect(fact(page, 'restricted').getByRole('link', { name: 'Access Orders PII' })).toHaveAttribute(
    'href',
    'https://developer-docs.amazon.com/sp-api/docs/access-orders-pii',
  );
  await expect(fact(page, 'roles')).toContainText('Tax Remittance (Restricted)');
  await expect(
    finding(page, 'Your app needs one of 12 roles for searchOrders').getByRole('link', {
      name: `Read: ${title('unauthorized-app-roles')}`,
    }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('createRestrictedDataToken: the Tokens API, its roles and regions', async ({ page }) => {
  await check(
    page,
    'curl -X POST https://sellingpartnerapi-eu.amazon.com/tokens/2021-03-01/restrictedDataToken -d \'{"restrictedResources":[]}\'',
  );
  await expect(fact(page, 'operation')).toContainText('createRestrictedDataToken: POST /tokens/2021-03-01/restrictedDataToken');
  await expect(fact(page, 'api')).toContainText('Tokens API v2021-03-01');
  await expect(fact(page, 'restricted')).toContainText('No:');
  await expect(fact(page, 'regions')).toContainText('NA, EU, FE');
  await expect(fact(page, 'roles')).toContainText('Inventory and Order Tracking');
});

test('getAuthorizationCode: retired, and grantless with the migration scope', async ({ page }) => {
  await check(page, 'getAuthorizationCode');
  const retired = finding(page, 'getAuthorizationCode belongs to a retired API (Authorization API v1)');
  await expect(retired.locator('.finding-severity')).toHaveText('Error:');
  await expect(fact(page, 'status')).toContainText('Retired: Amazon removed this model from its models repository on 2024-03-29');
  await expect(fact(page, 'status').getByRole('link', { name: /selling-partner-api-models commit 959218b/ })).toBeVisible();
  await expect(fact(page, 'grantless')).toContainText('scope=sellingpartnerapi::migration');
});

test('a grantless Notifications operation from a request line links the token mix-up scenario', async ({ page }) => {
  const errors = watchConsole(page);
  await check(page, 'DELETE https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations/3acafc7e-121b-45f1-8acb-7e0d6b1b9b59');
  const item = finding(
    page,
    'deleteDestination is grantless: call it with a client_credentials token (scope sellingpartnerapi::notifications)',
  );
  await expect(item.getByRole('link', { name: `Read: ${title('grantless-token-mixup')}` })).toHaveAttribute(
    'href',
    '/scenario/grantless-token-mixup',
  );
  await expect(fact(page, 'grantless').getByRole('link', { name: 'Grantless operations' })).toHaveAttribute(
    'href',
    'https://developer-docs.amazon.com/sp-api/docs/grantless-operations',
  );
  await expect(page.locator('.tool-read')).toContainText(
    'Request: DELETE /notifications/v1/destinations/3acafc7e-121b-45f1-8acb-7e0d6b1b9b59',
  );
  expect(errors).toEqual([]);
});

test('a Vendor Direct Fulfillment operation: vendor API and restricted', async ({ page }) => {
  await check(page, 'GET https://sellingpartnerapi-na.amazon.com/vendor/directFulfillment/shipping/v1/shippingLabels?shipFromPartyId=ABCD');
  const vendor = finding(page, 'getShippingLabels is a vendor API');
  await expect(vendor.getByRole('link', { name: `Read: ${title('vendor-seller-mismatch')}` })).toHaveAttribute(
    'href',
    '/scenario/vendor-seller-mismatch',
  );
  await expect(finding(page, 'getShippingLabels is a restricted operation: it needs a Restricted Data Token')).toBeVisible();
  await expect(fact(page, 'audience')).toContainText('Vendor API');
  await expect(fact(page, 'api')).toContainText('Direct Fulfillment Shipping API v1');
});

test('getReportDocument for a restricted report type needs a Restricted Data Token for the specific path', async ({ page }) => {
  await check(page, 'getReportDocument GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING');
  const item = finding(page, 'getReportDocument for GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING needs a Restricted Data Token');
  await expect(item).toContainText('/reports/2021-06-30/documents/<the real reportDocumentId>');
  await expect(fact(page, 'type-restricted')).toContainText('specific document path');
  await expect(fact(page, 'type-roles')).toContainText('Direct to Consumer Shipping (Restricted)');
  await expect(fact(page, 'type-roles').getByRole('link', { name: 'Order Reports' })).toHaveAttribute(
    'href',
    'https://developer-docs.amazon.com/sp-api/docs/report-type-values-order',
  );
});

test('an unknown name gets the nearest one, and choosing it checks that operation', async ({ page }) => {
  const errors = watchConsole(page);
  await check(page, 'getOrderAdress');
  await expect(
    finding(page, 'No operation is named getOrderAdress: did you mean getOrderAddress?').locator('.finding-severity'),
  ).toHaveText('Error:');
  await page.getByRole('list', { name: 'Did you mean' }).getByRole('button', { name: 'getOrderAddress' }).click();
  await expect(page.getByLabel(FIELD, { exact: true })).toHaveValue('getOrderAddress');
  await expect(finding(page, 'getOrderAddress is a restricted operation')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a share link carries the operation only, never the pasted token, and reproduces the result', async ({ page, context }) => {
  const errors = watchConsole(page);
  await check(
    page,
    `curl -H 'x-amz-access-token: Atza|${TOKEN_BODY}' https://sellingpartnerapi-eu.amazon.com/orders/v0/orders/123-4567890-1234567/address`,
  );
  await expect(finding(page, 'getOrderAddress is a restricted operation')).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain(TOKEN_BODY);
  const before = await findings(page).getByRole('heading').allTextContents();
  await expect(share(page)).toBeEnabled();
  await share(page).click();
  const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tools\/operation\?op=getOrderAddress%40ordersV0$/);
  expect(new URL(page.url()).search).toBe('');

  const other = await context.newPage();
  const otherErrors = watchConsole(other);
  await open(other, link);
  await expect(other.getByLabel(FIELD, { exact: true })).toHaveValue('getOrderAddress@ordersV0');
  await expect(findings(other).getByRole('heading')).toHaveText(before);
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('the scenarios about roles, restricted data, grantless tokens and vendors link the checker', async ({ page }) => {
  for (const id of [
    'unauthorized-app-roles',
    'unauthorized-missing-role',
    'restricted-data-token',
    'grantless-token-mixup',
    'vendor-seller-mismatch',
  ]) {
    await open(page, `/scenario/${id}`);
    await expect(page.getByRole('link', { name: 'Operation checker' }).first()).toHaveAttribute('href', '/tools/operation');
  }
  await page.getByRole('link', { name: 'Operation checker' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operation checker');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('axe finds no violations with results shown', async ({ page }) => {
      const errors = watchConsole(page);
      await open(page, '/tools/operation');
      await page.getByRole('button', { name: 'Try an example with mistakes' }).click();
      await expect(findings(page).locator('.finding-error').first()).toBeVisible();
      await expect(page.locator('.operation-facts')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
