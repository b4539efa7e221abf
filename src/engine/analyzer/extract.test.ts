import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { detectPhrases } from './phrases.ts';
import { normalise } from './text.ts';

const ex = (raw: string) => {
  const text = normalise(raw);
  return extract(text, text.toLowerCase());
};

describe('HTTP status, however it is written', () => {
  it.each([
    ['HTTP/1.1 403 Forbidden', 403],
    ['HTTP/2 429', 429],
    ['"status": 500', 500],
    ['statusCode: 404', 404],
    ['HTTPStatus = 403 Unauthorized', 403],
    ['Response Code: 403', 403],
    ['[403] {"errors":[]}', 403],
    ['<Response [401]>', 401],
    ['The remote server returned an error: (403) Forbidden.', 403],
    ['resulted in a `403 Forbidden` response', 403],
    ['received "500" internal server error', 500],
    ['I get a 403 on every call', 403],
    ['requests.exceptions.HTTPError: 400 Client Error: Bad Request for url', 400],
    ['SellingApiForbiddenException: [...]', 403],
    ['SellingApiRequestThrottledException', 429],
    ['java: ApiException: Forbidden', 403],
    ['[code:protected] => 429', 429],
  ])('%s -> %i', (text, status) => {
    expect(ex(text).statuses).toContain(status);
  });

  it.each([['at SellingPartner.callAPI (/x/SellingPartner.js:503:13)'], ['version 1.403.2'], ['we sold 500 units'], ['port 4030']])(
    'no status in %s',
    (text) => {
      expect(ex(text).statuses).toEqual([]);
    },
  );
});

describe('codes, messages and details', () => {
  it.each([
    ['JSON', '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}'],
    ['Python repr', "[{'message': 'Access to requested resource is denied.', 'code': 'Unauthorized', 'details': ''}]"],
    ['Node inspect', "{\n  code: 'Unauthorized',\n  details: '',\n  message: 'Access to requested resource is denied.'\n}"],
    ['PHP print_r', '[code] => Unauthorized\n[message] => Access to requested resource is denied.\n[details] => ""'],
    [
      'escaped JSON in a string',
      '"{\\"code\\":\\"Unauthorized\\",\\"message\\":\\"Access to requested resource is denied.\\",\\"details\\":\\"\\"}"',
    ],
  ])('%s', (_name, text) => {
    const e = ex(text);
    expect(e.codeKeys.has('unauthorized')).toBe(true);
    expect(e.messages).toContain('Access to requested resource is denied.');
    expect(e.detailsEmpty).toBe(true);
    expect(e.signals.has('details-empty')).toBe(true);
  });

  it('reads x-amzn-ErrorType with and without the Exception suffix', () => {
    const e = ex('x-amzn-ErrorType: MissingAuthenticationTokenException:http://internal.amazon.com/coral/');
    expect(e.errorTypes).toEqual(['MissingAuthenticationTokenException']);
    expect(e.codeKeys.has('missingauthenticationtokenexception')).toBe(true);
    expect(e.codeKeys.has('missingauthenticationtoken')).toBe(true);
  });

  it('reads LWA errors and descriptions', () => {
    const e = ex('{"error_description":"The request has an invalid grant parameter : code","error":"invalid_grant"}');
    expect(e.lwaErrors).toEqual(['invalid_grant']);
    expect(e.messages).toContain('The request has an invalid grant parameter : code');
  });

  it.each([
    ['Error Code: MD5100', 'MD5100'],
    ['error code md9999', 'MD9999'],
    ['MD-1000 again', 'MD1000'],
  ])('MD code in %s', (text, code) => {
    expect(ex(text).mdCodes).toEqual([code]);
  });

  it('does not take 401 Unauthorized (the HTTP reason phrase) for the SP-API code', () => {
    expect(ex('HTTP/1.1 401 Unauthorized').codeKeys.has('unauthorized')).toBe(false);
    expect(ex('HTTP/1.1 403 Unauthorized').codeKeys.has('unauthorized')).toBe(true);
  });

  it('reads an XML error body', () => {
    const e = ex('<ErrorResponse><Error><Code>InvalidSignature</Code><Message>Signature expired</Message></Error></ErrorResponse>');
    expect(e.codeKeys.has('invalidsignature')).toBe(true);
    expect(e.messages).toContain('Signature expired');
  });

  it('keeps x-amzn-RequestId for support', () => {
    expect(ex('x-amzn-RequestId: 6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b').requestIds).toEqual(['6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b']);
  });
});

describe('hosts and regions', () => {
  it.each([
    ['https://api.amazon.com/auth/o2/token', 'lwa-token', undefined],
    ['POST /auth/o2/token HTTP/1.1', 'lwa-token', undefined],
    ['https://sellingpartnerapi-eu.amazon.com/orders/v0/orders', 'spapi', 'eu'],
    ['sandbox.sellingpartnerapi-fe.amazon.com', 'spapi-sandbox', 'fe'],
    ['https://sellercentral.amazon.co.jp/apps/authorize/consent', 'seller-central', 'fe'],
    ['https://sellercentral.amazon.co.uk/apps/authorize/consent', 'seller-central', 'eu'],
    ['vendorcentral.amazon.de', 'vendor-central', 'eu'],
  ])('%s', (text, kind, region) => {
    const e = ex(text);
    expect([...e.hostKinds]).toContain(kind);
    if (region) expect(e.regions).toContain(region);
  });

  it('a token path on the SP-API host is not the LWA endpoint', () => {
    const e = ex('POST https://sandbox.sellingpartnerapi-eu.amazon.com/auth/o2/token');
    expect(e.hostKinds.has('lwa-token')).toBe(false);
    expect(e.hostKinds.has('spapi-sandbox')).toBe(true);
  });

  it.each([
    ['works in NA but not EU', ['na', 'eu']],
    ['North America and the Far East', ['na', 'fe']],
    ["Endpoint::EU with marketplace_ids=['ATVPDKIKX0DER']", ['eu', 'na']],
    ['Marketplaces.JP', ['fe']],
    ['MarketPlace.UnitedKingdom', ['eu']],
    ['sellers in Germany and Japan', ['eu', 'fe']],
  ])('regions in %s', (text, regions) => {
    expect(ex(text).regions.sort()).toEqual([...regions].sort());
  });

  it.each([
    ['I am in na', []],
    ['the us economy', []],
    ['us-east-1', []],
  ])('no region in %s', (text, regions) => {
    expect(ex(text).regions).toEqual(regions);
  });

  it('signals regions that differ, an endpoint in another region, and marketplaces of one region', () => {
    expect(ex('NA works, EU fails').signals.has('regions-differ')).toBe(true);
    expect(ex('GET https://sellingpartnerapi-na.amazon.com/x?MarketplaceIds=A1PA6795UKMFR9').signals.has('endpoint-region-differs')).toBe(
      true,
    );
    expect(ex('GET https://sellingpartnerapi-eu.amazon.com/x?MarketplaceIds=A1PA6795UKMFR9').signals.has('endpoint-region-differs')).toBe(
      false,
    );
    expect(ex('Germany works, Poland fails').signals.has('marketplaces-differ')).toBe(true);
  });

  it('a credential scope for another region than the endpoint', () => {
    const e = ex(
      'Host: sellingpartnerapi-eu.amazon.com\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIA••••••••/20240101/us-east-1/execute-api/aws4_request',
    );
    expect(e.signals.has('scope-region-differs')).toBe(true);
    expect(e.signals.has('legacy-signing')).toBe(true);
  });
});

describe('token requests, consent URLs, operations', () => {
  it.each([
    ['grant_type=refresh_token&refresh_token=x', 'grant-refresh'],
    ['{"grant_type": "authorization_code"}', 'grant-code'],
    ["'grant_type' => 'client_credentials'", 'grant-client-credentials'],
    ['grant_type=authentication_code', 'grant-unknown'],
  ])('%s', (text, signal) => {
    expect(ex(text).signals.has(signal as never)).toBe(true);
  });

  it.each([
    [
      'https://app.example.com/login?amazon_callback_uri=https%3A%2F%2Fsellercentral.amazon.com%2Fapps%2Fauthorize%2Fconfirm%2Fx&amazon_state=abc',
      'login-uri-callback',
    ],
    ['our page gets amazon_state but nothing else', 'login-uri-callback'],
    ['https://www.amazon.com/ap/oa?client_id=x&scope=profile&response_type=code', 'lwa-login-url'],
    ['redirect to https://eu.account.amazon.com/ap/oa', 'lwa-login-url'],
    ['GET /authorization/v1/authorizationCode?sellingPartnerId=A1', 'authorization-code-api'],
    ['AuthorizationApi.getAuthorizationCode(request) throws', 'authorization-code-api'],
    ['auth.get_authorization_code(selling_partner_id)', 'authorization-code-api'],
  ])('%s signals %s', (text, signal) => {
    expect(ex(text).signals.has(signal as never)).toBe(true);
  });

  it.each([
    ['grant_type=authorization_code&code=x', 'authorization-code-api'],
    ['https://www.amazon.com/ap/oauth-help', 'lwa-login-url'],
    ['https://sellercentral.amazon.com/apps/authorize/consent?application_id=x&state=1', 'login-uri-callback'],
  ])('%s does not signal %s', (text, signal) => {
    expect(ex(text).signals.has(signal as never)).toBe(false);
  });

  it.each([
    ['https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.x&state=1&version=beta', true, false],
    ['https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.x&state=1', false, false],
    ['https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.x?version=beta', false, true],
  ])('consent URL %s', (text, beta, betaAfterQuestionMark) => {
    const e = ex(text);
    expect(e.consentUrls).toEqual([{ host: 'sellercentral.amazon.com', beta, betaAfterQuestionMark }]);
    expect(e.signals.has('consent-url-no-beta')).toBe(!beta);
    expect(e.oauthParams).toContain('application_id');
  });

  it('reads operations, paths, report types and API names', () => {
    const e = ex(
      'getMarketplaceParticipations ok, GetOrders ok, orders.get_order_items(id) fails on /orders/v0/orders/123/orderItems; GET_MERCHANT_LISTINGS_ALL_DATA works; the Catalog Items API and SellersApi too',
    );
    expect(e.operations).toEqual(
      expect.arrayContaining(['getMarketplaceParticipations', 'GetOrders', 'get_order_items', 'Catalog Items API', 'Sellers API']),
    );
    expect(e.paths).toEqual(['/orders/v0/orders/123/orderItems']);
    expect(e.reportTypes).toEqual(['GET_MERCHANT_LISTINGS_ALL_DATA']);
  });

  it('recognises AWS signing and SDK credential setups', () => {
    expect(
      ex("credentials = dict(aws_access_key='x', aws_secret_key='y', role_arn='arn:aws:iam::1:role/r')").signals.has('legacy-signing'),
    ).toBe(true);
    expect(ex('new AmazonCredential { AccessKey = a, SecretKey = b }').signals.has('legacy-signing')).toBe(true);
    expect(ex("refresh_token: 'x', clientId: 'y', clientSecret: 'z'").signals.has('sdk-credentials')).toBe(true);
    expect(ex('grant_type=refresh_token&refresh_token=x&client_id=y&client_secret=z').signals.has('sdk-credentials')).toBe(false);
  });
});

describe('what people say', () => {
  const say = (text: string, distinctOperations = 0, regionsNamed = 0) =>
    detectPhrases(text.toLowerCase(), { distinctOperations, regionsNamed });

  it.each([
    ['Other calls work fine with the same token.', 'other-calls-work'],
    ['We can successfully call getOrders and getOrder, but getOrderItems fails.', 'other-calls-work'],
    ['getFeed works with the same credentials, createFeed does not', 'other-calls-work'],
    ['orders = Orders().get_orders()  # works', 'other-calls-work'],
    ['Only this one operation fails.', 'other-calls-work'],
    ['It succeeded in getting the order list, then failed on the address.', 'other-calls-work'],
    ['All of them return the same error.', 'all-calls-fail'],
    ['Every request to sellingpartnerapi-eu.amazon.com fails with 403.', 'all-calls-fail'],
    ['None of the endpoints work.', 'all-calls-fail'],
    ['It used to work last month.', 'used-to-work'],
    ['Since yesterday we get 403.', 'used-to-work'],
    ['Everything stopped working after the weekend.', 'used-to-work'],
  ])('%s', (text, phrase) => {
    expect(say(text)).toContain(phrase);
  });

  it('needs two operations to read "X works but Y fails" as other calls working', () => {
    expect(say('The token request works, but the call fails', 1)).not.toContain('other-calls-work');
    expect(say('getOrders works, but getOrderAddress fails', 2)).toContain('other-calls-work');
  });

  it.each(["It doesn't work for getOrders but gives 403", 'works in NA but not in EU', 'I sign every request with SigV4'])(
    'reads no phrase about operations in %s',
    (text) => {
      expect(say(text)).not.toContain('other-calls-work');
      expect(say(text)).not.toContain('all-calls-fail');
    },
  );

  it('every call failing wins over other calls working', () => {
    expect(say('We tried other operations too, but all of them return the same error. The token works fine.')).toEqual(['all-calls-fail']);
  });
});
