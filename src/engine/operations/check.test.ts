import { describe, expect, it } from 'vitest';
import { checkOperation, type OperationResult } from './check.ts';
import { operationData } from './data.ts';
import { parseOperationInput, snakeToCamel } from './parse.ts';

const check = (text: string) => checkOperation(text, operationData);
const ids = (r: OperationResult) => r.findings.map((f) => `${f.id}:${f.severity}`);
const fact = (r: OperationResult, id: string) => r.facts.find((f) => f.id === id);
const TOKEN = `Atza|IwEBIP${'q7Zk3'.repeat(12)}`;

describe('parseOperationInput', () => {
  it.each<[string, string, Partial<ReturnType<typeof parseOperationInput>>]>([
    ['a name', 'getOrderAddress', { names: ['getOrderAddress'] }],
    [
      'a request line',
      'GET /orders/v0/orders/902-3159896-1390916/address',
      { method: 'GET', path: '/orders/v0/orders/902-3159896-1390916/address' },
    ],
    [
      'a URL with a query and trailing slash',
      'https://sellingpartnerapi-fe.amazon.com/orders/2026-01-01/orders/?createdAfter=2026-01-01',
      { host: 'sellingpartnerapi-fe.amazon.com', path: '/orders/2026-01-01/orders' },
    ],
    [
      'curl without -X is GET',
      "curl -s 'https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations'",
      { method: 'GET', path: '/notifications/v1/destinations' },
    ],
    [
      'curl with data is POST',
      "curl https://sellingpartnerapi-na.amazon.com/tokens/2021-03-01/restrictedDataToken -d '{}'",
      { method: 'POST' },
    ],
    [
      'curl with --request',
      'curl --request DELETE https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations/abc',
      { method: 'DELETE' },
    ],
    [
      'a Python stack frame',
      'File "sp_api/api/orders/orders.py", line 98, in get_order_items',
      { names: expect.arrayContaining(['getOrderItems']) as unknown as string[] },
    ],
    ['a class name gives the version', 'at OrdersV0Api.getOrder (node_modules/x.js:10:5)', { versionHint: 'v0' }],
    ['a report type', 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING', { type: 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING', names: [] }],
    ['the share form', 'getOrder@ordersV0', { names: ['getOrder'], model: 'ordersV0' }],
  ])('%s', (_, text, expected) => {
    expect(parseOperationInput(text)).toMatchObject(expected);
  });

  it('snake_case becomes camelCase, other words stay', () => {
    expect(snakeToCamel('get_order_address')).toBe('getOrderAddress');
    expect(snakeToCamel('getOrderAddress')).toBe('getOrderAddress');
    expect(snakeToCamel('GET_REPORT')).toBe('GET_REPORT');
  });

  it('never throws on odd input', () => {
    for (const x of [undefined, null, 42, '', '   ', '////', '@@', 'x'.repeat(20000)]) expect(() => parseOperationInput(x)).not.toThrow();
  });
});

describe('checkOperation: what a call needs', () => {
  it.each<[string, string, string, string[], string[]]>([
    [
      'restricted v0 operation by name',
      'getOrderAddress',
      'ordersV0',
      ['operation-restricted:warning', 'operation-deprecated:warning', 'operation-roles-unknown:info'],
      ['operation-grantless:warning'],
    ],
    [
      'request line with a real order id',
      'GET https://sellingpartnerapi-eu.amazon.com/orders/v0/orders/123-4567890-1234567/address',
      'ordersV0',
      ['operation-restricted:warning'],
      [],
    ],
    [
      'Orders v2026-01-01: restricted roles, no RDT',
      'searchOrders',
      'orders_2026-01-01',
      ['operation-no-rdt:info', 'operation-roles:info'],
      ['operation-restricted:warning', 'operation-deprecated:warning'],
    ],
    ['the Tokens API itself', 'createRestrictedDataToken', 'tokens_2021-03-01', ['operation-roles:info'], ['operation-restricted:warning']],
    ['retired and grantless', 'getAuthorizationCode', 'authorization', ['operation-retired:error', 'operation-grantless:warning'], []],
    [
      'grantless notifications operation',
      'POST https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations',
      'notifications',
      ['operation-grantless:warning'],
      ['operation-roles-unknown:info'],
    ],
    [
      'vendor direct fulfillment, restricted',
      'GET /vendor/directFulfillment/shipping/v1/shippingLabels',
      'vendorDirectFulfillmentShippingV1',
      ['operation-vendor:warning', 'operation-restricted:warning'],
      [],
    ],
    [
      'vendor DF with roles',
      'createContainerLabel',
      'vendorDirectFulfillmentShipping_2021-12-28',
      ['operation-vendor:warning', 'operation-roles:info', 'operation-restricted-role:info'],
      [],
    ],
    ['Python snake_case frame', 'in get_order_items_buyer_info', 'ordersV0', ['operation-restricted:warning'], []],
    [
      'Java stack frame',
      'at com.amazon.spapi.api.OrdersV0Api.getOrderBuyerInfo(OrdersV0Api.java:512)',
      'ordersV0',
      ['operation-restricted:warning'],
      [],
    ],
    [
      'C# stack frame (PascalCase)',
      'at Amazon.SellingPartnerAPI.Api.OrdersV0Api.GetOrderBuyerInfo(String orderId)',
      'ordersV0',
      ['operation-restricted:warning'],
      [],
    ],
    [
      'getReportDocument with a restricted report type',
      'getReportDocument GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING',
      'reports_2021-06-30',
      ['operation-restricted:warning', 'type-roles:info'],
      ['type-restricted:warning'],
    ],
    [
      'getReportDocument alone',
      'getReportDocument',
      'reports_2021-06-30',
      ['operation-restricted-report:info'],
      ['operation-restricted:warning'],
    ],
  ])('%s', (_, input, model, present, absent) => {
    const r = check(input);
    expect(r.operation?.model).toBe(model);
    for (const id of present) expect(ids(r)).toContain(id);
    for (const id of absent) expect(ids(r)).not.toContain(id);
  });

  it.each<[string, string, string[]]>([
    ['restricted report type alone', 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING', ['type-restricted:warning', 'type-roles:info']],
    ['unknown type', 'GET_SOMETHING_NOBODY_HAS_DATA', ['type-unknown:info']],
    ['typo gets a suggestion', 'getOrderAdress', ['operation-unknown:error']],
    ['unknown path', 'GET /nothing/v1/here', ['operation-path-unknown:error']],
    [
      'wrong method',
      'DELETE /orders/v0/orders/123-4567890-1234567/address',
      ['operation-method-mismatch:error', 'operation-restricted:warning'],
    ],
    ['nothing recognisable', 'hello there', ['operation-nothing:info']],
  ])('%s', (_, input, present) => {
    const r = check(input);
    for (const id of present) expect(ids(r)).toContain(id);
  });

  it('suggests the nearest names for a typo', () => {
    expect(check('getOrderAdress').suggestions[0]).toBe('getOrderAddress');
    expect(check('createRestrictedDataTokn').suggestions).toContain('createRestrictedDataToken');
    expect(check('searchOrder').suggestions).toContain('searchOrders');
  });

  it("every fact has a source; missing facts link Amazon's role mappings", () => {
    for (const input of [
      'getOrderAddress',
      'searchOrders',
      'getAuthorizationCode',
      'getDestinations',
      'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING',
    ]) {
      const r = check(input);
      expect(r.facts.length).toBeGreaterThan(0);
      for (const f of r.facts) {
        expect(f.sources.length).toBeGreaterThan(0);
        for (const s of f.sources) expect(s.url).toMatch(/^https:\/\//);
        if (f.missing) expect(f.sources.map((s) => s.url).join(' ')).toMatch(/role-mappings/);
      }
    }
    expect(fact(check('getOrderAddress'), 'roles')?.missing).toBe(true);
    expect(fact(check('searchOrders'), 'roles')?.value).toContain('Inventory and Order Tracking');
  });

  it('a region-limited operation says so; a role noted for one region keeps its note', () => {
    const r = check('getAccount@sellers');
    expect(fact(r, 'regions')?.value).toBe('EU');
    expect(ids(r)).toContain('operation-regions:info');
    expect(ids(check('createFeed'))).not.toContain('operation-regions:info');
    expect(fact(check('createFeed'), 'roles')?.value).toContain('Payment Initiation Service Provider (EU only)');
  });

  it("says where Amazon's pages disagree", () => {
    const roles = fact(check('processShipment'), 'roles');
    expect(roles?.value).toContain('Sources disagree');
    expect(roles?.sources).toHaveLength(2);
  });

  it('states the RDT request, the scope and the successor', () => {
    expect(fact(check('getOrder@ordersV0'), 'restricted')?.value).toContain('dataElements buyerInfo, shippingAddress, buyerTaxInformation');
    expect(fact(check('getDestinations'), 'grantless')?.value).toContain('scope=sellingpartnerapi::notifications');
    expect(fact(check('getOrderAddress'), 'status')?.value).toContain('Orders API v2026-01-01');
    expect(fact(check('searchOrders'), 'restricted')?.value).toContain('needs no Restricted Data Token');
  });

  it('an ambiguous name offers the other models, and a model or version hint picks one', () => {
    const r = check('getOrder');
    expect(r.operation?.model).toBe('orders_2026-01-01');
    expect(check('getOrders').operation?.model).toBe('ordersV0');
    expect(r.alternatives.map((a) => a.input)).toContain('getOrder@ordersV0');
    expect(check('getOrder@vendorDirectFulfillmentOrdersV1').operation?.model).toBe('vendorDirectFulfillmentOrdersV1');
    expect(check('OrdersV0Api.getOrder').operation?.model).toBe('ordersV0');
  });

  it('the share value names the operation, never the pasted text or a secret', () => {
    const r = check(
      `curl -H 'x-amz-access-token: ${TOKEN}' https://sellingpartnerapi-na.amazon.com/orders/v0/orders/123-4567890-1234567/address`,
    );
    expect(r.canonical).toBe('getOrderAddress@ordersV0');
    expect(JSON.stringify(r)).not.toContain(TOKEN.slice(5));
    expect(check(r.canonical ?? '').operation?.id).toBe('getOrderAddress');
    expect(check('getReportDocument GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING').canonical).toBe(
      'getReportDocument@reports_2021-06-30 GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING',
    );
  });

  it('empty input gives nothing; odd input never throws', () => {
    expect(check('   ').findings).toEqual([]);
    for (const x of [undefined, 3, {}, '/', 'GET', '{}{}{}']) expect(() => checkOperation(x, operationData)).not.toThrow();
  });
});

describe('checkOperation: method and path', () => {
  it("a method before a full URL picks that method's operation", () => {
    expect(check('DELETE https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations/3acafc7e').operation?.id).toBe(
      'deleteDestination',
    );
  });

  it('a path without a method offers the operations of its other methods', () => {
    const r = check('/notifications/v1/destinations/3acafc7e');
    expect(r.operation?.id).toBe('getDestination');
    expect(r.alternatives).toContainEqual({
      input: 'deleteDestination@notifications',
      label: 'DELETE deleteDestination (Notifications API v1)',
    });
  });
});
