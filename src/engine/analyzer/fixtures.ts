// Hand-written pastes in the shapes developers post (JSON bodies, library exceptions, raw HTTP, curl,
// consent pages, sentences), with Amazon's real error strings and our own wording around them.
// `first` is what must come first in the Matches list: "scenario/<id>", "question/<id>", "outside/<id>"
// or "nothing". Used by the unit tests and the benchmark.

export interface Fixture {
  name: string;
  text: string;
  first: string;
}

const unauthorizedEmpty = '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}';

export const FIXTURES: Fixture[] = [
  // --- api-call: 403 Unauthorized family ---
  { name: 'bare JSON 403 Unauthorized with empty details', text: unauthorizedEmpty, first: 'question/access-denied' },
  {
    name: 'Python repr of the same body',
    text: "SellingApiForbiddenException: [{'message': 'Access to requested resource is denied.', 'code': 'Unauthorized', 'details': ''}]",
    first: 'question/access-denied',
  },
  {
    name: 'C# HTTPStatus line',
    text: 'Amazon returned: HTTPStatus = 403 Unauthorized Access to requested resource is denied.',
    first: 'question/access-denied',
  },
  {
    name: 'Java ApiException Forbidden with body',
    text: 'com.amazon.SellingPartnerAPIAA.ApiException: Forbidden\n\tat io.swagger.client.ApiClient.handleResponse(ApiClient.java:1020)\nResponse body: {\n  "errors": [\n    {\n      "code": "Unauthorized",\n      "message": "Access to requested resource is denied.",\n      "details": ""\n    }\n  ]\n}',
    first: 'question/access-denied',
  },
  {
    name: 'details say the access token is revoked (Node CustomError)',
    text: "CustomError: Access to requested resource is denied.\n    at SellingPartner._validateAndParseResponse (node_modules/amazon-sp-api/lib/SellingPartner.js:211:15) {\n  code: 'Unauthorized',\n  details: 'The access token you provided is revoked, malformed or invalid.',\n  type: 'error'\n}",
    first: 'scenario/access-token-invalid',
  },
  {
    name: 'details say the access token is missing, raw request without SDK',
    text: 'curl -X GET "https://sellingpartnerapi-na.amazon.com/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER"\n\n{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":"Access token is missing in the request header."}]}',
    first: 'scenario/access-token-missing',
  },
  {
    name: 'access token missing while an SDK holds the LWA credentials',
    text: "const client = new SellingPartner({ region: 'na', refresh_token: 'REDACTED', credentials: { SELLING_PARTNER_APP_CLIENT_ID: 'REDACTED', SELLING_PARTNER_APP_CLIENT_SECRET: 'REDACTED' } });\nawait client.callAPI({ operation: 'getOrders' })\n// -> Access token is missing in the request header.",
    first: 'question/token-error',
  },
  {
    name: 'other calls work, one report type is denied',
    text: 'Requesting GET_LEDGER_SUMMARY_VIEW_DATA gives me 403 {"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]} while GET_MERCHANT_LISTINGS_ALL_DATA works fine with the same refresh token.',
    first: 'question/one-operation-fails',
  },
  {
    name: 'I can call X but not Y',
    text: 'We can successfully call getOrders and listFinancialEvents, but getItemOffers keeps failing:\n' + unauthorizedEmpty,
    first: 'question/one-operation-fails',
  },
  {
    name: 'all calls denied',
    text: 'Every request we send to sellingpartnerapi-eu.amazon.com comes back 403. ' + unauthorizedEmpty,
    first: 'question/nothing-works',
  },
  {
    name: 'used to work and stopped',
    text: 'This was working for months; since yesterday getOrders returns HTTP 403 Unauthorized - Access to requested resource is denied.',
    first: 'question/stopped-working',
  },
  {
    name: 'works in NA but not EU',
    text: 'Our app works in NA but not EU: the EU endpoint answers 403 Unauthorized.',
    first: 'scenario/unauthorized-region-mismatch',
  },
  {
    name: 'NA endpoint with a German marketplace id',
    text:
      'GET https://sellingpartnerapi-na.amazon.com/orders/v0/orders?MarketplaceIds=A1PA6795UKMFR9\nHTTP/1.1 403 Forbidden\n' +
      unauthorizedEmpty,
    first: 'scenario/unauthorized-region-mismatch',
  },
  {
    name: 'two marketplaces of one region',
    text: 'The seller authorized us in Germany and it is fine, but calls for Poland are denied with 403 Unauthorized.',
    first: 'scenario/wrong-marketplace',
  },
  {
    name: 'seller account deactivated',
    text: 'The seller account got deactivated last week and now every call returns 403 Unauthorized.',
    first: 'scenario/unauthorized-account-health',
  },
  {
    name: 'role not selectable in the developer profile',
    text: 'getOrderAddress returns 403 Unauthorized. The Direct-to-Consumer Shipping role is greyed out in our developer profile.',
    first: 'scenario/unauthorized-missing-role',
  },
  {
    name: 'role added, calls still fail',
    text: 'We added the Finance and Accounting role to the app last week but listFinancialEventGroups still fails with Unauthorized.',
    first: 'scenario/reauthorization-required',
  },
  {
    name: 'vendor path with a seller token',
    text: 'GET /vendor/orders/v1/purchaseOrders\nHTTP/1.1 403 Forbidden\n' + unauthorizedEmpty,
    first: 'scenario/vendor-seller-mismatch',
  },
  {
    name: 'grantless destinations call',
    text: 'POST https://sellingpartnerapi-na.amazon.com/notifications/v1/destinations -> 403\n' + unauthorizedEmpty,
    first: 'scenario/grantless-token-mixup',
  },
  {
    name: 'signing mentioned next to an Unauthorized body: the signature is disregarded, so LWA-side causes',
    text: 'I sign every request with AWS SigV4 and an IAM user, still: ' + unauthorizedEmpty,
    first: 'question/nothing-works-lwa',
  },
  // --- api-call: other codes ---
  {
    name: 'raw HTTP response with x-amzn-ErrorType MissingAuthenticationTokenException',
    text: 'HTTP/1.1 403 Forbidden\nDate: Tue, 04 Jun 2024 10:12:13 GMT\nContent-Type: application/json\nx-amzn-RequestId: 6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\nx-amzn-ErrorType: MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/\n\n{"errors":[{"message":"Access to requested resource is denied.","code":"MissingAuthenticationToken"}]}',
    first: 'scenario/missing-authentication-token',
  },
  {
    name: 'token request posted to the SP-API sandbox host',
    text: 'POST https://sandbox.sellingpartnerapi-eu.amazon.com/auth/o2/token\ngrant_type=refresh_token&refresh_token=Atzr|IwEBIExampleOnlyNotARealTokenValue12345&client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef\n=> 403 Forbidden',
    first: 'scenario/missing-authentication-token',
  },
  {
    name: 'credential scope region',
    text: '{"message": "Credential should be scoped to a valid region, not \'us-east-1\'. ", "code": "InvalidSignature"}',
    first: 'scenario/credential-scope-region',
  },
  {
    name: 'signature does not match (PHP print_r)',
    text: 'Array\n(\n    [0] => Array\n        (\n            [message] => The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.\n            [code] => InvalidSignature\n        )\n)',
    first: 'scenario/signature-mismatch',
  },
  {
    name: 'security token invalid comes as InvalidInput (not a parameter error)',
    text: '{"errors":[{"message":"The security token included in the request is invalid.","code":"InvalidInput"}]}',
    first: 'scenario/signature-mismatch',
  },
  {
    name: 'Restricted Data Token refused',
    text: 'POST /tokens/2021-03-01/restrictedDataToken\n400 Bad Request\n{"errors":[{"code":"InvalidInput","message":"Application does not have access to one or more requested data elements: [buyerInfo, shippingAddress]","details":""}]}',
    first: 'scenario/restricted-data-token',
  },
  // --- token-request ---
  {
    name: 'curl with parameters in the query string, 500',
    text: 'curl -X POST "https://api.amazon.com/auth/o2/token?grant_type=refresh_token&refresh_token=Atzr|IwEBIExampleOnlyNotARealTokenValue12345&client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef&client_secret=amzn1.oa2-cs.v1.0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"\n< HTTP/1.1 500 Internal Server Error',
    first: 'scenario/token-request-500',
  },
  {
    name: 'invalid_grant on the code exchange',
    text: '{"error_description":"The request has an invalid grant parameter : code","error":"invalid_grant"}',
    first: 'scenario/lwa-invalid-grant-code',
  },
  {
    name: 'invalid_grant on refresh, LWA text',
    text: 'LWA said 400: {"error_description":"The request has an invalid grant parameter : refresh_token. User may have revoked or didn\'t grant the permission.","error":"invalid_grant"}',
    first: 'scenario/lwa-invalid-grant-refresh',
  },
  {
    name: 'invalid_grant with the grant type in a Python dict',
    text: "requests.post('https://api.amazon.com/auth/o2/token', data={'grant_type': 'refresh_token', 'refresh_token': token, 'client_id': cid, 'client_secret': secret})\n{'error': 'invalid_grant'}",
    first: 'scenario/lwa-invalid-grant-refresh',
  },
  { name: 'bare invalid_grant', text: 'getting invalid_grant from LWA, no idea why', first: 'question/invalid-grant' },
  {
    name: 'invalid_client 401',
    text: 'HTTP/1.1 401 Unauthorized\n{"error_description":"Client authentication failed","error":"invalid_client"}',
    first: 'question/invalid-client',
  },
  {
    name: 'app id used as client_id',
    text: 'client_id=amzn1.sp.solution.1a2b3c4d-1111-2222-3333-444455556666 -> {"error_description":"Client authentication failed","error":"invalid_client"}',
    first: 'scenario/lwa-invalid-client',
  },
  {
    name: 'secret expired notice',
    text: 'Got an email: your LWA client secret expires soon, rotate LWA credentials before the rotation deadline. Now token calls fail.',
    first: 'scenario/lwa-secret-expired',
  },
  {
    name: 'misspelled grant type',
    text: 'grant_type=authentication_code&code=ANexampleCode&redirect_uri=https://example.com/cb\n{"error_description":"The authorization grant type is not supported by the authorization server","error":"unsupported_grant_type"}',
    first: 'scenario/lwa-bad-token-request',
  },
  {
    name: 'invalid scope for grantless',
    text: '{"error_description":"The request has an invalid parameter : scope","error":"invalid_scope"}',
    first: 'scenario/lwa-bad-token-request',
  },
  // --- consent page ---
  {
    name: 'Seller Central page with MD5101',
    text: 'Something went wrong\nWe are sorry but we encountered an error while processing your request.\nPlease contact Seller Support and provide them with the following information:\nApp ID: amzn1.sp.solution.1a2b3c4d-1111-2222-3333-444455556666\nError Code: MD5101',
    first: 'scenario/md5101',
  },
  { name: 'MD1000 page', text: 'Seller sees "Error Code: MD1000" when opening our authorize link', first: 'scenario/md1000' },
  {
    name: 'consent URL with a fragment in redirect_uri',
    text: 'https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.1a2b3c4d-1111-2222-3333-444455556666&state=xyz&redirect_uri=https%3A%2F%2Fapp.example.com%2F%23%2Fcallback',
    first: 'scenario/md5110',
  },
  {
    name: 'version=beta joined with a question mark',
    text: 'https://sellercentral.amazon.co.uk/apps/authorize/consent?application_id=amzn1.sp.solution.1a2b3c4d-1111-2222-3333-444455556666?version=beta',
    first: 'scenario/md1000',
  },
  { name: 'MD9010 hybrid app', text: 'Error Code: MD9010 while an EU seller authorizes our hybrid app', first: 'scenario/md9010' },
  { name: 'MD9100', text: 'error code: md9100 on the consent page', first: 'scenario/md9100' },
  { name: 'undocumented MD4100', text: 'Error Code: MD4100', first: 'question/consent-undocumented-code' },
  {
    name: 'hybrid app missing the developer id of a region',
    text: 'Sellers in Europe get MD5100. Our published hybrid app only has a North America developer ID; no MWS developer ID is configured for EU.',
    first: 'scenario/md9010',
  },
  // --- developer console ---
  {
    name: 'authorization limit',
    text: 'Trying to self-authorize one more store, but we cannot add another authorization; it says the authorization limit is reached.',
    first: 'scenario/authorization-limit',
  },
  // --- not authorization ---
  {
    name: 'PHP 429 QuotaExceeded',
    text: 'PHP Fatal error:  Uncaught SellingPartnerApi\\ApiException: [429] {"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]} in /var/www/sync.php:42',
    first: 'outside/quota-exceeded',
  },
  { name: 'bare 429 line', text: 'HTTP/1.1 429 Too Many Requests', first: 'outside/quota-exceeded' },
  {
    name: '404 NotFound on a report',
    text: 'GET https://sellingpartnerapi-na.amazon.com/reports/2021-06-30/reports/123456789\n{"errors":[{"code":"NotFound","message":"The requested report was not found."}]}',
    first: 'outside/not-found',
  },
  {
    name: 'InvalidInput about a parameter (Python)',
    text: "SellingApiBadRequestException: [{'message': 'Invalid request parameters: [CreatedAfter]', 'code': 'InvalidInput'}]",
    first: 'outside/invalid-input-parameter',
  },
  {
    name: 'sandbox static parameters',
    text: 'GET https://sandbox.sellingpartnerapi-na.amazon.com/orders/v0/orders?CreatedAfter=2024-01-01\n{"errors":[{"code":"InvalidInput","message":"Could not match input arguments"}]}',
    first: 'outside/sandbox-static-parameters',
  },
  {
    name: 'InternalFailure on SP-API',
    text: 'HTTP/1.1 500 Internal Server Error\nHost: sellingpartnerapi-fe.amazon.com\n{"errors":[{"code":"InternalFailure","message":"We encountered an internal error. Please try again."}]}',
    first: 'outside/server-error',
  },
  {
    name: 'LWA temporarily_unavailable',
    text: '{"error":"temporarily_unavailable","error_description":"try later"}',
    first: 'outside/lwa-temporarily-unavailable',
  },
  // --- nothing ---
  { name: 'unrelated prose', text: 'hello, my printer is out of paper again', first: 'nothing' },
  { name: 'empty', text: '', first: 'nothing' },
  // --- more, in the words of issue threads (our own wording) ---
  {
    name: 'more: Hi, I am new to SP-API. I created an app, self authorized it',
    text: 'Hi, I am new to SP-API. I created an app, self authorized it and got the refresh token. Calling getOrders gives me\n\n{\n  "errors": [\n    {\n      "message": "Access to requested resource is denied.",\n     "code": "Unauthorized",\n      "details": ""\n    }\n  ]\n}\nWhat am I doing wrong?',
    first: 'question/access-denied',
  },
  {
    name: 'more: {"message":"User: arn:aws:sts::123456789012:assumed-role/Sel',
    text: '{"message":"User: arn:aws:sts::123456789012:assumed-role/SellingPartnerRole/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********:****/prod/GET/sellers/v1/marketplaceParticipations"}',
    first: 'scenario/iam-arn-mismatch',
  },
  {
    name: 'more: After the redirect I exchange spapi_oauth_code with grant_ty',
    text: 'After the redirect I exchange spapi_oauth_code with grant_type=authorization_code and LWA answers 400 invalid_grant.',
    first: 'scenario/lwa-invalid-grant-code',
  },
  {
    name: 'more: Getting MD5101 when the seller clicks our Authorize button o',
    text: 'Getting MD5101 when the seller clicks our Authorize button on the Appstore',
    first: 'scenario/md5101',
  },
  {
    name: 'more: Error Code: MD1000 Our app is still in draft, we are testing',
    text: 'Error Code: MD1000\nOur app is still in draft, we are testing the website authorization workflow',
    first: 'scenario/md1000',
  },
  {
    name: 'more: Amazon.SellingPartnerAPIAA.SellingPartnerException: Forbidde',
    text: 'Amazon.SellingPartnerAPIAA.SellingPartnerException: Forbidden - Unauthorized - Access to requested resource is denied.',
    first: 'question/access-denied',
  },
  {
    name: 'more: requests.exceptions.HTTPError: 403 Client Error: Forbidden f',
    text: "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://sellingpartnerapi-eu.amazon.com/orders/v0/orders\n{'errors': [{'message': 'Access to requested resource is denied.', 'code': 'Unauthorized', 'details': 'The access token you provided is revoked, malformed or invalid.'}]}",
    first: 'scenario/access-token-invalid',
  },
  {
    name: 'more: Getting "QuotaExceeded" on getOrderItems even though I only',
    text: 'Getting "QuotaExceeded" on getOrderItems even though I only call it twice per second',
    first: 'outside/quota-exceeded',
  },
  {
    name: 'more: When I POST to https://api.amazon.com/auth/o2/token with Con',
    text: 'When I POST to https://api.amazon.com/auth/o2/token with Content-Type: application/json I get status 500',
    first: 'scenario/token-request-500',
  },
  {
    name: 'more: Our integration has been running for 11 months. Since this m',
    text: 'Our integration has been running for 11 months. Since this morning all getOrders calls give Unauthorized / Access to requested resource is denied.',
    first: 'question/stopped-working',
  },
  {
    name: 'more: Refresh token suddenly stopped working: invalid_grant. The s',
    text: 'Refresh token suddenly stopped working: invalid_grant. The seller may have revoked our app?',
    first: 'scenario/lwa-invalid-grant-refresh',
  },
  {
    name: 'more: The seller is on sellercentral.amazon.co.uk. I self-authoriz',
    text: 'The seller is on sellercentral.amazon.co.uk. I self-authorized on sellercentral.amazon.com and call sellingpartnerapi-eu.amazon.com with that refresh token, getting 403 Unauthorized.',
    first: 'scenario/unauthorized-region-mismatch',
  },
  {
    name: 'more: x-amzn-ErrorType: AccessDeniedException HTTP/1.1 403 Forbidd',
    text: 'x-amzn-ErrorType: AccessDeniedException\nHTTP/1.1 403 Forbidden\n{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}',
    first: 'question/access-denied',
  },
  {
    name: 'more: getOrderAddress returns 403 even though getOrders works. Do',
    text: 'getOrderAddress returns 403 even though getOrders works. Do I need an RDT?',
    first: 'scenario/restricted-data-token',
  },
  {
    name: 'more: Listings Items API putListingsItem returns Unauthorized, whi',
    text: 'Listings Items API putListingsItem returns Unauthorized, while the Catalog Items API works with the same credentials.',
    first: 'question/one-operation-fails',
  },
  {
    name: 'more: {"errors":[{"code":"NotFound","message":"Resource not found"',
    text: '{"errors":[{"code":"NotFound","message":"Resource not found"}]} when calling getFeed with the feedId I got back',
    first: 'outside/not-found',
  },
  {
    name: 'more: 400 Bad Request {"errors":[{"code":"InvalidInput","message":',
    text: '400 Bad Request {"errors":[{"code":"InvalidInput","message":"Invalid Input","details":"marketplaceIds is required"}]}',
    first: 'outside/invalid-input-parameter',
  },
  {
    name: 'more: {"error_description":"The request is missing a required para',
    text: '{"error_description":"The request is missing a required parameter : refresh_token","error":"invalid_request"}',
    first: 'scenario/lwa-bad-token-request',
  },
  {
    name: 'more: Our vendor account refresh token returns Unauthorized on /or',
    text: 'Our vendor account refresh token returns Unauthorized on /orders/v0/orders. The app is registered as a seller app.',
    first: 'scenario/vendor-seller-mismatch',
  },
  {
    name: 'more: Creating a destination with the grantless token from client_',
    text: 'Creating a destination with the grantless token from client_credentials grant gives 403 Unauthorized',
    first: 'scenario/grantless-token-mixup',
  },
  {
    name: 'more: MD9100 shows up when a seller tries to authorize via our web',
    text: 'MD9100 shows up when a seller tries to authorize via our website',
    first: 'scenario/md9100',
  },
  {
    name: "more: {'errors': [{'message': 'The request signature we calculated",
    text: "{'errors': [{'message': 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.', 'code': 'InvalidSignature'}]}",
    first: 'scenario/signature-mismatch',
  },
  {
    name: 'more: Error: connect ETIMEDOUT 52.94.236.248:443 at TCPConnectWrap',
    text: 'Error: connect ETIMEDOUT 52.94.236.248:443 at TCPConnectWrapper.afterConnect',
    first: 'outside/network-error',
  },
  {
    name: 'more: Client authentication failed when requesting tokens',
    text: 'Client authentication failed when requesting tokens',
    first: 'question/invalid-client',
  },
  {
    name: 'more: invalid_client since today. We never rotated the client secr',
    text: 'invalid_client since today. We never rotated the client secret, the app is older than 180 days.',
    first: 'scenario/lwa-secret-expired',
  },
  { name: 'more: Error Code: MD9999', text: 'Error Code: MD9999', first: 'question/consent-undocumented-code' },
  { name: 'more: How do I get started with the API?', text: 'How do I get started with the API?', first: 'nothing' },
  {
    name: 'more: POST https://api.amazon.com/auth/o2/token fails',
    text: 'POST https://api.amazon.com/auth/o2/token fails',
    first: 'question/token-error',
  },
  {
    name: 'more: getMarketplaceParticipations returns Unauthorized. The Selli',
    text: 'getMarketplaceParticipations returns Unauthorized. The Selling Partner Insights role is not selected on my app.',
    first: 'scenario/unauthorized-app-roles',
  },
  {
    name: 'more: Something went wrong This Developer is not currently eligibl',
    text: 'Something went wrong\nThis Developer is not currently eligible for new authorizations.\nError Code: MD9000',
    first: 'question/md9000-cause',
  },
  {
    name: 'more: It has been a year since the seller authorized our app and n',
    text: 'It has been a year since the seller authorized our app and now we get 403. Do they need to re-authorize?',
    first: 'scenario/reauthorization-required',
  },
  {
    name: 'more: Sandbox returns 400 InvalidInput for getOrders on sandbox.se',
    text: 'Sandbox returns 400 InvalidInput for getOrders on sandbox.sellingpartnerapi-na.amazon.com',
    first: 'outside/sandbox-static-parameters',
  },
  {
    name: 'more: {"message":"Missing Authentication Token"}',
    text: '{"message":"Missing Authentication Token"}',
    first: 'scenario/missing-authentication-token',
  },
  {
    name: 'more: Response status 403, body {"errors":[{"code":"Unauthorized"}',
    text: 'Response status 403, body {"errors":[{"code":"Unauthorized"}]}',
    first: 'question/access-denied',
  },
  {
    name: 'more: I use sellingpartnerapi-eu.amazon.com with Credential=AKIAIO',
    text: 'I use sellingpartnerapi-eu.amazon.com with Credential=AKIAIOSFODNN7ABCDEFG/20230101/us-east-1/execute-api/aws4_request and get InvalidSignature',
    first: 'scenario/credential-scope-region',
  },
  {
    name: 'more: None of the endpoints work, every one returns 403 Unauthoriz',
    text: 'None of the endpoints work, every one returns 403 Unauthorized.',
    first: 'question/nothing-works',
  },
  {
    name: 'more: cannot add more self-authorizations for our private app',
    text: 'cannot add more self-authorizations for our private app',
    first: 'scenario/authorization-limit',
  },
  {
    name: 'more: Error: Request failed with status code 403 at createError (n',
    text: "Error: Request failed with status code 403\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\nresponse.data: { errors: [ { message: 'Access to requested resource is denied.', code: 'Unauthorized', details: '' } ] }",
    first: 'question/access-denied',
  },
  {
    name: 'more: I have published my app and a seller authorized it via the w',
    text: 'I have published my app and a seller authorized it via the website workflow. I get the refresh token and access token OK, but getOrders returns 403 Unauthorized "Access to requested resource is denied." What could be wrong?',
    first: 'question/access-denied',
  },
  {
    name: 'more: When the seller opens https://sellercentral.amazon.com/apps/',
    text: 'When the seller opens https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.aaaa&state=abc they see error MD1000. The app is in draft.',
    first: 'scenario/md1000',
  },
  {
    name: 'more: We are getting MD 5101 on the consent page even though the r',
    text: 'We are getting MD 5101 on the consent page even though the redirect URL matches exactly',
    first: 'scenario/md5101',
  },
  {
    name: 'more: Seller gets "Error Code: MD9100" after clicking authorize. W',
    text: 'Seller gets "Error Code: MD9100" after clicking authorize. We are a private app.',
    first: 'scenario/md9100',
  },
  {
    name: 'more: Exchanging the spapi_oauth_code returns {"error_description"',
    text: 'Exchanging the spapi_oauth_code returns {"error_description":"The request has an invalid grant parameter : code","error":"invalid_grant"} every time, even immediately after redirect',
    first: 'scenario/lwa-invalid-grant-code',
  },
  {
    name: 'more: POST https://api.amazon.com/auth/o2/token?grant_type=refresh',
    text: 'POST https://api.amazon.com/auth/o2/token?grant_type=refresh_token&refresh_token=REDACTED&client_id=REDACTED&client_secret=REDACTED returns 500 Internal Server Error',
    first: 'scenario/token-request-500',
  },
  {
    name: 'more: {"error_description":"Not authorized for requested operation',
    text: '{"error_description":"Not authorized for requested operation","error":"unauthorized_client"}',
    first: 'scenario/lwa-bad-token-request',
  },
  {
    name: 'more: getOrders returns orders but BuyerInfo is empty and Shipping',
    text: 'getOrders returns orders but BuyerInfo is empty and ShippingAddress is missing the name and address lines',
    first: 'scenario/restricted-data-token',
  },
  {
    name: 'more: I call getOrderAddress with my normal access token and get 4',
    text: 'I call getOrderAddress with my normal access token and get 403 Unauthorized.',
    first: 'scenario/restricted-data-token',
  },
  {
    name: 'more: After about an hour all calls fail with "The access token yo',
    text: 'After about an hour all calls fail with "The access token you provided is revoked, malformed or invalid."',
    first: 'scenario/access-token-invalid',
  },
  {
    name: 'more: HTTP/1.1 403 Forbidden {"errors":[{"message":"Access to requ',
    text: 'HTTP/1.1 403 Forbidden\n{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":"Access token is missing in the request header."}]}',
    first: 'scenario/access-token-missing',
  },
  {
    name: 'more: Since the new year: {"errors":[{"message":"The security toke',
    text: 'Since the new year: {"errors":[{"message":"The security token included in the request is expired","code":"Unauthorized"}]}',
    first: 'scenario/signature-mismatch',
  },
  {
    name: 'more: The IAM ARN registered on my app is a user, but I sign the r',
    text: 'The IAM ARN registered on my app is a user, but I sign the requests with an assumed role from STS and get 403.',
    first: 'scenario/iam-arn-mismatch',
  },
  {
    name: 'more: Reports API works fine (createReport, getReport), but when I',
    text: 'Reports API works fine (createReport, getReport), but when I call the Finances API listFinancialEvents I get Unauthorized. Same app, same seller.',
    first: 'question/one-operation-fails',
  },
  {
    name: 'more: Everything was fine until yesterday. Now every getOrders cal',
    text: 'Everything was fine until yesterday. Now every getOrders call returns Access to requested resource is denied.',
    first: 'question/stopped-working',
  },
  {
    name: 'more: I authorized the app on Seller Central Europe (UK seller) bu',
    text: 'I authorized the app on Seller Central Europe (UK seller) but my code calls sellingpartnerapi-na.amazon.com and gets 403',
    first: 'scenario/unauthorized-region-mismatch',
  },
  {
    name: 'more: Our LWA client secret expired yesterday and now the token re',
    text: 'Our LWA client secret expired yesterday and now the token request returns invalid_client',
    first: 'scenario/lwa-secret-expired',
  },
  {
    name: 'more: invalid_client - Client authentication failed. I copied the',
    text: 'invalid_client - Client authentication failed. I copied the client id and secret from the Developer Central page.',
    first: 'question/invalid-client',
  },
  {
    name: 'more: getDestinations returns 403 Unauthorized when I use the acce',
    text: 'getDestinations returns 403 Unauthorized when I use the access token I get with the seller refresh token',
    first: 'scenario/grantless-token-mixup',
  },
  {
    name: 'more: Calling /vendor/directFulfillment/orders/2021-12-28/purchase',
    text: 'Calling /vendor/directFulfillment/orders/2021-12-28/purchaseOrders returns 403 Unauthorized. We authorized the app as a seller.',
    first: 'scenario/vendor-seller-mismatch',
  },
  {
    name: 'more: CONSENT_LIMIT_REACHED when a new seller tries to authorize o',
    text: 'CONSENT_LIMIT_REACHED when a new seller tries to authorize our unlisted app',
    first: 'scenario/authorization-limit',
  },
  {
    name: 'more: Amazon returned 429 Too Many Requests on getCatalogItem even',
    text: 'Amazon returned 429 Too Many Requests on getCatalogItem even with 1 request per second',
    first: 'outside/quota-exceeded',
  },
  {
    name: 'more: HTTPStatus = 400 InvalidInput Invalid date format for Create',
    text: 'HTTPStatus = 400 InvalidInput Invalid date format for CreatedAfter',
    first: 'outside/invalid-input-parameter',
  },
  {
    name: 'more: getReportDocument says the report document could not be foun',
    text: 'getReportDocument says the report document could not be found',
    first: 'outside/not-found',
  },
  {
    name: 'more: HTTP 503 Service Unavailable from SP-API for 10 minutes this',
    text: 'HTTP 503 Service Unavailable from SP-API for 10 minutes this morning',
    first: 'outside/server-error',
  },
  {
    name: 'more: The sandbox only answers with CreatedAfter=TEST_CASE_200, ot',
    text: 'The sandbox only answers with CreatedAfter=TEST_CASE_200, otherwise I get an error',
    first: 'outside/sandbox-static-parameters',
  },
  {
    name: 'more: Is there a PHP library for SP-API that supports the Listings',
    text: 'Is there a PHP library for SP-API that supports the Listings Items API?',
    first: 'nothing',
  },
  {
    name: 'more: Hybrid app, EU seller gets MD9010 on authorize',
    text: 'Hybrid app, EU seller gets MD9010 on authorize',
    first: 'scenario/md9010',
  },
  {
    name: 'more: InvalidSignature: Credential should be scoped to a valid reg',
    text: "InvalidSignature: Credential should be scoped to a valid region, not 'us-east-1'. I call sellingpartnerapi-eu.amazon.com",
    first: 'scenario/credential-scope-region',
  },
  {
    name: 'more: {"message":"Missing Authentication Token"} when POSTing the',
    text: '{"message":"Missing Authentication Token"} when POSTing the token request to https://sellingpartnerapi-na.amazon.com/auth/o2/token',
    first: 'scenario/missing-authentication-token',
  },
  {
    name: 'more: MD5110 error, our redirect uri is https://app.example.com/#/',
    text: 'MD5110 error, our redirect uri is https://app.example.com/#/amazon/callback',
    first: 'scenario/md5110',
  },
  {
    name: 'more: java.lang.RuntimeException: com.amazon.SellingPartnerAPIAA.A',
    text: 'java.lang.RuntimeException: com.amazon.SellingPartnerAPIAA.ApiException: Forbidden',
    first: 'question/access-denied',
  },
  {
    name: 'more: The refresh token for one seller suddenly gives invalid_gran',
    text: 'The refresh token for one seller suddenly gives invalid_grant, the other sellers are fine.',
    first: 'scenario/lwa-invalid-grant-refresh',
  },
  // --- families added later: consent eligibility, the MWS developer form, profiles, sandbox, Login URI, ... ---
  {
    name: 'secondary user refused on the consent page',
    text: 'Our client opens the authorize link with her own login (she is not the account owner) and Seller Central shows: Invalid access. You do not have permissions to view this page',
    first: 'scenario/consent-not-eligible',
  },
  {
    name: 'Individual plan refused',
    text: "You're not permitted to take this action. You must be the primary user of a Professional selling account to take advantage of apps. If you are the primary user, you may upgrade your plan.",
    first: 'scenario/consent-not-eligible',
  },
  {
    name: 'MD9000 via Authorize new developer',
    text: 'Seller went to Manage Your Apps, clicked Authorize new developer and typed our developer ID. Result: Error Code: MD9000',
    first: 'scenario/authorize-new-developer-form',
  },
  {
    name: 'MD9000 second wording, alone',
    text: 'This developer is currently not eligible to receive new authorizations. Error Code: MD9000',
    first: 'question/md9000-cause',
  },
  {
    name: 'MD9000 on a Submitted app',
    text: 'MD9000 when the seller authorizes. Our app status is Submitted, we do not add version=beta.',
    first: 'scenario/md1000',
  },
  {
    name: 'developer profile in review, roles greyed out',
    text: 'Our developer profile has been under review for three weeks and the Amazon Fulfillment role is greyed out in the app.',
    first: 'scenario/developer-profile-pending',
  },
  {
    name: 'sandbox host 403',
    text: 'GET https://sandbox.sellingpartnerapi-eu.amazon.com/orders/v0/orders?MarketplaceIds=A1F83G8C2ARO7P&CreatedAfter=TEST_CASE_200\nHTTP/1.1 403 Forbidden\n{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}',
    first: 'scenario/sandbox-denied',
  },
  {
    name: 'Login URI got the callback parameters',
    text: 'Our login page is hit with https://app.example.com/amazon/login?amazon_callback_uri=https%3A%2F%2Fsellercentral.amazon.com%2Fapps%2Fauthorize%2Fconfirm%2Famzn1.sp.solution.abcd&amazon_state=abc123&selling_partner_id=A1EXAMPLE but where is the code?',
    first: 'scenario/login-uri-no-code',
  },
  {
    name: 'no spapi_oauth_code in prose',
    text: 'After the seller accepts, our callback never receives spapi_oauth_code, so we cannot get a refresh token.',
    first: 'scenario/login-uri-no-code',
  },
  {
    name: 'private developer with client sellers',
    text: 'We registered as a private developer and built a private app; now our customers (other sellers) want to connect their accounts, but there is no Redirect URI field.',
    first: 'scenario/private-developer-oauth',
  },
  {
    name: 'Login with Amazon /ap/oa with an SP-API scope',
    text: 'https://www.amazon.com/ap/oa?client_id=amzn1.application-oa2-client.abcdef&scope=sellingpartnerapi::orders&response_type=code&redirect_uri=https://app.example.com/cb\n400 Bad Request An unknown scope was requested',
    first: 'scenario/lwa-login-instead-of-consent',
  },
  {
    name: 'published app edit pending',
    text: 'We added a new OAuth Redirect URI to our published app two days ago; the status says Current edit is pending approval and the seller still gets MD5101?',
    first: 'scenario/app-edit-pending',
  },
  {
    name: 'getAuthorizationCode roles error',
    text: 'GET https://sellingpartnerapi-eu.amazon.com/authorization/v1/authorizationCode?sellingPartnerId=A1EXAMPLE&developerId=123456789012&mwsAuthToken=amzn.mws.REDACTED\n{"errors":[{"code":"InvalidInput","message":"The application isn\'t configured with roles.","details":""}]}',
    first: 'scenario/authorization-api-legacy',
  },
  {
    name: 'No MWS Authorization exists',
    text: '{"errors": [{"code": "InvalidInput", "message": "No MWS Authorization exists", "details": ""}]}',
    first: 'scenario/authorization-api-legacy',
  },
  {
    name: 'Data Kiosk fields refused',
    text: '{"errors":[{"code":"Unauthorized","message":"Unauthorized to access requested fields.","details":"Unauthorized to access: [analytics_example.field]"}]}',
    first: 'scenario/amazon-side-incident',
  },
  {
    name: 'AWD outside the US',
    text: 'We are a UK seller. The AWD permission is not in the list on the consent page and every AWD call returns 403 Unauthorized.',
    first: 'scenario/api-not-in-region',
  },
  {
    name: 'vendor group report refused',
    text: 'Report processing FATAL: Vendor Group amzn1.vg.1234567 is not authorized to access vendor reports',
    first: 'scenario/vendor-seller-mismatch',
  },
  {
    name: 'MD9001 hybrid app',
    text: 'Error Code: MD9001 This developer is currently blocked for new mws authorizations',
    first: 'scenario/md9010',
  },
  // --- Orders API v2026-01-01 needs restricted roles, not a Restricted Data Token (our own wording) ---
  {
    name: 'orders v2026 path, buyer data asked with includedData, denied',
    text: 'GET https://sellingpartnerapi-eu.amazon.com/orders/2026-01-01/orders/028-0000000-0000000?includedData=BUYER,RECIPIENT\n403 Forbidden',
    first: 'scenario/unauthorized-missing-role',
  },
  {
    name: 'searchOrders without buyer names',
    text: 'We moved to searchOrders. Orders come back, but the buyer name and the delivery address are missing.',
    first: 'scenario/unauthorized-missing-role',
  },
  {
    name: 'orders v0 address call denied still needs the RDT',
    text: 'GET /orders/v0/orders/028-0000000-0000000/address returns 403 Unauthorized with my normal access token',
    first: 'scenario/restricted-data-token',
  },
  // --- expired access token (our own wording of the body client libraries test for) ---
  {
    name: 'expired access token body',
    text: '403 {"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"The access token you provided has expired."}]}',
    first: 'scenario/access-token-expired',
  },
];
