// The analyzer uses the operation data: a denied call to a named operation ranks the scenario its
// facts point to. Pastes written for these tests; operations and paths are real ones from the models.
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../catalog/load-file.ts';
import { operationData } from '../operations/data.ts';
import { deriveSignalIndex } from '../operations/signals.ts';
import signals from '../operations/signals.json';
import { analyze } from './analyze.ts';
import { firstEntry } from './judge.ts';

const catalog = loadCatalogFile();
const first = (text: string) => {
  const e = firstEntry(analyze(text, catalog));
  return e.kind === 'nothing' ? 'nothing' : `${e.kind}/${e.id}`;
};
const DENIED = '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}';

describe('operation facts in the ranking', () => {
  it.each<[string, string, string]>([
    [
      '403 on a restricted v0 path in a URL',
      `HTTP/1.1 403 Forbidden\n${DENIED}\nGET https://sellingpartnerapi-eu.amazon.com/orders/v0/orders/305-1111111-2222222/buyerInfo`,
      'scenario/restricted-data-token',
    ],
    [
      '403 on a Merchant Fulfillment shipment',
      `DELETE https://sellingpartnerapi-na.amazon.com/mfn/v0/shipments/abc123\n403 ${DENIED}`,
      'scenario/restricted-data-token',
    ],
    [
      '403 naming a restricted operation in a Python trace',
      `File "app/sync.py", line 12, in sync\n    res = orders.get_order_items_buyer_info(order_id)\nSellingApiForbiddenException: ${DENIED}`,
      'scenario/restricted-data-token',
    ],
    [
      '403 on a vendor path',
      `GET https://sellingpartnerapi-eu.amazon.com/vendor/shipping/v1/shipments\nHTTP 403 ${DENIED}`,
      'scenario/vendor-seller-mismatch',
    ],
    [
      '403 on a restricted vendor path: vendor first',
      `GET https://sellingpartnerapi-na.amazon.com/vendor/directFulfillment/orders/v1/purchaseOrders\n403 ${DENIED}`,
      'scenario/vendor-seller-mismatch',
    ],
    [
      '403 on a grantless path',
      `DELETE https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations/3acafc7e-121b-45f1\n403 ${DENIED}`,
      'scenario/grantless-token-mixup',
    ],
    [
      'restricted report document with its type',
      `getReportDocument for GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING returns 403 ${DENIED}`,
      'scenario/restricted-data-token',
    ],
  ])('%s', (_, text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each<[string, string]>([
    [
      'the RDT-free Orders version',
      `GET https://sellingpartnerapi-na.amazon.com/orders/2026-01-01/orders?createdAfter=2026-01-01\n403 ${DENIED}`,
    ],
    [
      'a restricted path that was not denied',
      'GET https://sellingpartnerapi-na.amazon.com/orders/v0/orders/305-1111111-2222222/buyerInfo 200 OK',
    ],
    ['several operations named: which one failed is unknown', `createScheduledPackageBulk works but listFinancialEvents gives ${DENIED}`],
    [
      'a v0 order list, whose RDT only selects personal data',
      `GET https://sellingpartnerapi-fe.amazon.com/orders/v0/orders?MarketplaceIds=A1VC38T7YXB528\n403 ${DENIED}`,
    ],
    ['getReportDocument without a restricted report type', `getReportDocument returns 403 ${DENIED}`],
    [
      'a path with another method than the restricted one',
      `PATCH https://sellingpartnerapi-na.amazon.com/orders/v0/orders/305-1111111-2222222/regulatedInfo\n403 ${DENIED}`,
    ],
  ])('does not rank restricted-data-token first: %s', (_, text) => {
    expect(first(text)).not.toBe('scenario/restricted-data-token');
  });

  it('signals.json is what the models and facts derive (run npm run data:operations after editing facts.ts)', () => {
    expect(signals).toEqual(JSON.parse(JSON.stringify(deriveSignalIndex(operationData))));
  });
});
