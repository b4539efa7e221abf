// What Amazon's documentation pages say about operations and report/feed types: roles, regions,
// restricted data and grantless calls. Kept by hand, one entry per fact, each with the page it comes
// from. Only what a page states is here: an operation or type that is missing has no fact in our data,
// and the checker says so instead of guessing. Operations are named by model key (the model file name
// without .json, as in models.json) and operationId; a unit test checks that each one exists.

export const SOURCES = {
  roleMappings: 'https://developer-docs.amazon.com/sp-api/docs/role-mappings',
  roleMappingsTypes: 'https://developer-docs.amazon.com/sp-api/docs/role-mappings-for-types',
  roles: 'https://developer-docs.amazon.com/sp-api/docs/roles-in-the-selling-partner-api',
  tokensGuide: 'https://developer-docs.amazon.com/sp-api/docs/tokens-api-use-case-guide',
  tokensApi: 'https://developer-docs.amazon.com/sp-api/lang-fr_FR/docs/tokens-api',
  restrictedReports: 'https://developer-docs.amazon.com/sp-api/docs/get-authorization-to-access-restricted-report-types',
  bulkOrdersPii: 'https://developer-docs.amazon.com/sp-api/docs/get-authorization-to-access-pii-for-bulk-orders',
  orderInfoV0: 'https://developer-docs.amazon.com/sp-api/lang-tr_TR/docs/get-order-information',
  orderItemInfo: 'https://developer-docs.amazon.com/sp-api/docs/get-order-item-information',
  orderInfo: 'https://developer-docs.amazon.com/sp-api/docs/get-order-information',
  searchOrders: 'https://developer-docs.amazon.com/sp-api/docs/get-orders-with-filtering-criteria',
  ordersPii: 'https://developer-docs.amazon.com/sp-api/docs/access-orders-pii',
  ordersV0: 'https://developer-docs.amazon.com/sp-api/docs/orders-api-v0-model',
  grantless: 'https://developer-docs.amazon.com/sp-api/docs/grantless-operations',
  developerGuide2021:
    'https://github.com/amzn/selling-partner-api-docs/blob/c2888de06b0ad6961a7c95560cfddebd36ac530f/guides/en-US/developer-guide/SellingPartnerApiDeveloperGuide.md',
  migrationHub: 'https://developer-docs.amazon.com/sp-api/page/migration-hub',
  dfShipping: 'https://developer-docs.amazon.com/sp-api/docs/vendor-direct-fulfillment-shipping-api-v2021-12-28-use-case-guide',
  externalShipping: 'https://developer-docs.amazon.com/sp-api/docs/external-fulfillment-shipping',
  externalShippingEs: 'https://developer-docs.amazon.com/sp-api/lang-es_ES/docs/external-fulfillment-shipping',
  orderReports: 'https://developer-docs.amazon.com/sp-api/docs/report-type-values-order',
  sellersApi: 'https://developer-docs.amazon.com/sp-api/docs/sellers-api',
  feedsApi: 'https://developer-docs.amazon.com/sp-api/docs/feeds-api',
  fbaReports: 'https://developer-docs.amazon.com/sp-api/docs/fba-sales-reports-attributes',
} as const;

/** Amazon's SP-API role names, as the role pages spell them. */
export const ROLE_NAMES = [
  'Account Information Service Provider',
  'Amazon Fulfillment',
  'Amazon Warehousing and Distribution',
  'Brand Analytics',
  'Buyer Communication',
  'Buyer Solicitation',
  'Direct to Consumer Shipping (Restricted)',
  'Finance and Accounting',
  'Inventory and Order Tracking',
  'Payment Initiation Service Provider',
  'Pricing',
  'Product Listing',
  'Professional Services (Restricted)',
  'Selling Partner Insights',
  'Tax Invoicing (Restricted)',
  'Tax Remittance (Restricted)',
] as const;

export type RoleName = (typeof ROLE_NAMES)[number];

/** The only roles vendors can have (Role Mappings page). */
export const VENDOR_ROLES: readonly RoleName[] = [
  'Amazon Fulfillment',
  'Amazon Warehousing and Distribution',
  'Brand Analytics',
  'Direct to Consumer Shipping (Restricted)',
  'Product Listing',
];

export type RegionCode = 'NA' | 'EU' | 'FE';

/** An operation named by model key and operationId. */
export interface OperationRef {
  model: string;
  operation: string;
}

export interface RoleFact extends OperationRef {
  /** Any one of them grants access. */
  roles: readonly RoleName[];
  /** Absent when the page does not list regions. */
  regions?: readonly RegionCode[];
  source: string;
  /** Where another Amazon page says otherwise. */
  disagreement?: { text: string; source: string };
  /** A role that counts only somewhere, as the page notes it: "EU only". */
  qualifiers?: Partial<Record<RoleName, string>>;
}

const ALL: readonly RegionCode[] = ['NA', 'EU', 'FE'];

/** Roles the Orders API v2026-01-01 pages list: at least one of them. */
const ORDERS_2026_ROLES: readonly RoleName[] = [
  'Amazon Fulfillment',
  'Buyer Communication',
  'Buyer Solicitation',
  'Finance and Accounting',
  'Inventory and Order Tracking',
  'Pricing',
  'Product Listing',
  'Professional Services (Restricted)',
  'Selling Partner Insights',
  'Direct to Consumer Shipping (Restricted)',
  'Tax Invoicing (Restricted)',
  'Tax Remittance (Restricted)',
];

const DTC: readonly RoleName[] = ['Direct to Consumer Shipping (Restricted)'];

const many = (
  model: string,
  operations: readonly string[],
  roles: readonly RoleName[],
  source: string,
  regions?: readonly RegionCode[],
  disagreement?: RoleFact['disagreement'],
): RoleFact[] =>
  operations.map((operation) => ({
    model,
    operation,
    roles,
    source,
    ...(regions ? { regions } : {}),
    ...(disagreement ? { disagreement } : {}),
  }));

export const ROLE_FACTS: readonly RoleFact[] = [
  ...many(
    'aplusContent_2020-11-01',
    ['createContentDocument', 'getContentDocument', 'listContentDocumentAsinRelations'],
    ['Brand Analytics', 'Product Listing'],
    SOURCES.roleMappings,
    ALL,
  ),
  ...many('tokens_2021-03-01', ['createRestrictedDataToken'], ORDERS_2026_ROLES, SOURCES.tokensApi, ALL),
  { model: 'orders_2026-01-01', operation: 'searchOrders', roles: ORDERS_2026_ROLES, source: SOURCES.searchOrders },
  { model: 'orders_2026-01-01', operation: 'getOrder', roles: ORDERS_2026_ROLES, source: SOURCES.orderInfo },
  {
    model: 'sellers',
    operation: 'getAccount',
    roles: ['Account Information Service Provider', 'Finance and Accounting'],
    regions: ['EU'],
    source: SOURCES.sellersApi,
  },
  ...['cancelFeed', 'createFeed'].map((operation): RoleFact => ({
    model: 'feeds_2021-06-30',
    operation,
    roles: [
      'Amazon Fulfillment',
      'Brand Analytics',
      'Direct to Consumer Shipping (Restricted)',
      'Inventory and Order Tracking',
      'Payment Initiation Service Provider',
      'Pricing',
      'Product Listing',
      'Tax Invoicing (Restricted)',
    ],
    qualifiers: { 'Payment Initiation Service Provider': 'EU only' },
    regions: ALL,
    source: SOURCES.feedsApi,
  })),
  ...many('vendorDirectFulfillmentShipping_2021-12-28', ['createContainerLabel', 'createShippingLabels'], DTC, SOURCES.dfShipping, ALL),
  ...many(
    'externalFulfillmentShipments_2024-09-11',
    ['getShipments', 'getShipment', 'processShipment', 'createPackages', 'updatePackage', 'updatePackageStatus', 'retrieveShippingOptions'],
    DTC,
    SOURCES.externalShipping,
    ALL,
    { text: 'The Spanish version of the same page lists Inventory and Order Tracking instead.', source: SOURCES.externalShippingEs },
  ),
];

export interface RestrictedFact extends OperationRef {
  /** dataElements values to request, where the page names them. */
  dataElements?: readonly string[];
  dataElementsSource?: string;
  /** A note that applies to this operation only. */
  note?: string;
  source: string;
}

const restricted = (model: string, operations: readonly string[]): RestrictedFact[] =>
  operations.map((operation) => ({ model, operation, source: SOURCES.tokensGuide }));

/**
 * The Tokens API guide's list of restricted operations: they need a Restricted Data Token. The guide
 * also lists createShippingLabels (Direct Fulfillment Shipping v1) and cancelShipmentOld (Merchant
 * Fulfillment), which the current models no longer declare; they are left out.
 */
export const RESTRICTED_FACTS: readonly RestrictedFact[] = [
  ...restricted('vendorDirectFulfillmentOrdersV1', ['getOrders', 'getOrder']),
  ...restricted('vendorDirectFulfillmentOrders_2021-12-28', ['getOrders', 'getOrder']),
  ...restricted('vendorDirectFulfillmentShippingV1', [
    'getShippingLabel',
    'getShippingLabels',
    'getPackingSlip',
    'getPackingSlips',
    'getCustomerInvoice',
    'getCustomerInvoices',
  ]),
  ...restricted('vendorDirectFulfillmentShipping_2021-12-28', [
    'getShippingLabel',
    'getCustomerInvoices',
    'getCustomerInvoice',
    'getPackingSlips',
    'getPackingSlip',
  ]),
  ...restricted('easyShip_2022-03-23', ['createScheduledPackageBulk']),
  ...restricted('merchantFulfillmentV0', ['getShipment', 'cancelShipment', 'createShipment']),
  {
    model: 'ordersV0',
    operation: 'getOrders',
    source: SOURCES.tokensGuide,
    dataElements: ['buyerInfo', 'shippingAddress'],
    dataElementsSource: SOURCES.bulkOrdersPii,
  },
  {
    model: 'ordersV0',
    operation: 'getOrder',
    source: SOURCES.tokensGuide,
    dataElements: ['buyerInfo', 'shippingAddress', 'buyerTaxInformation'],
    dataElementsSource: SOURCES.orderInfoV0,
  },
  {
    model: 'ordersV0',
    operation: 'getOrderItems',
    source: SOURCES.tokensGuide,
    dataElements: ['buyerInfo'],
    dataElementsSource: SOURCES.orderItemInfo,
  },
  ...restricted('ordersV0', ['getOrderRegulatedInfo', 'getOrderAddress', 'getOrderBuyerInfo', 'getOrderItemsBuyerInfo']),
  {
    model: 'reports_2021-06-30',
    operation: 'getReportDocument',
    source: SOURCES.tokensGuide,
    note: 'Restricted only for a restricted report type. The RDT must name the specific path with the real reportDocumentId, not the generic {reportDocumentId} path.',
  },
];

/** API versions whose personal data needs restricted roles but no Restricted Data Token. */
export const NO_RDT_FACTS: readonly (OperationRef & { source: string })[] = [
  { model: 'orders_2026-01-01', operation: 'searchOrders', source: SOURCES.ordersPii },
  { model: 'orders_2026-01-01', operation: 'getOrder', source: SOURCES.ordersPii },
];

export interface GrantlessFact extends OperationRef {
  /** The LWA scope for the client_credentials grant, where a page names it. */
  scope?: string;
  scopeSource?: string;
  /** The path the Grantless operations page shows, when it differs from the model's. */
  docPath?: string;
  source: string;
}

const NOTIFICATIONS_SCOPE = 'sellingpartnerapi::notifications';

/** The Grantless operations page. Grantless operations apply only to seller applications. */
export const GRANTLESS_FACTS: readonly GrantlessFact[] = [
  ...['createDestination', 'deleteDestination', 'getDestination', 'getDestinations', 'getSubscriptionById'].map((operation) => ({
    model: 'notifications',
    operation,
    scope: NOTIFICATIONS_SCOPE,
    scopeSource: SOURCES.developerGuide2021,
    source: SOURCES.grantless,
  })),
  {
    model: 'notifications',
    operation: 'deleteSubscriptionById',
    scope: NOTIFICATIONS_SCOPE,
    scopeSource: SOURCES.developerGuide2021,
    docPath: 'DELETE /notifications/v2/subscriptions/{notificationType}/{subscriptionId}',
    source: SOURCES.grantless,
  },
  {
    model: 'authorization',
    operation: 'getAuthorizationCode',
    scope: 'sellingpartnerapi::migration',
    scopeSource: SOURCES.developerGuide2021,
    source: SOURCES.grantless,
  },
  { model: 'application_2023-11-30', operation: 'rotateApplicationClientSecret', source: SOURCES.grantless },
];

/** Where the successor of a deprecated model is named. */
export const SUCCESSORS: Readonly<Record<string, { model: string; source: string }>> = {
  ordersV0: { model: 'orders_2026-01-01', source: SOURCES.ordersV0 },
};

/** What Amazon says about a retired API beyond its removal from the models repository. */
export const RETIRED_NOTES: Readonly<Record<string, { text: string; source: string }>> = {
  authorization: {
    text: 'Amazon MWS, whose authorizations this API migrated, stopped for all developers on 1 April 2024.',
    source: SOURCES.migrationHub,
  },
};

export type TypeKind = 'report' | 'feed' | 'notification';

export interface TypeFact {
  type: string;
  kind: TypeKind;
  roles: readonly RoleName[];
  regions?: readonly RegionCode[];
  /** true: a restricted report type (getReportDocument needs an RDT); absent: the page does not say. */
  restricted?: true;
  source: string;
}

export const TYPE_FACTS: readonly TypeFact[] = [
  { type: 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING', kind: 'report', roles: DTC, restricted: true, source: SOURCES.orderReports },
  {
    type: 'GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL',
    kind: 'report',
    roles: ['Pricing', 'Amazon Fulfillment', 'Inventory and Order Tracking'],
    source: SOURCES.fbaReports,
  },
  {
    type: 'JSON_LISTINGS_FEED',
    kind: 'feed',
    roles: ['Inventory and Order Tracking', 'Product Listing'],
    regions: ALL,
    source: SOURCES.roleMappingsTypes,
  },
  {
    type: 'POST_EASYSHIP_DOCUMENTS',
    kind: 'feed',
    roles: ['Direct to Consumer Shipping (Restricted)', 'Inventory and Order Tracking', 'Tax Invoicing (Restricted)'],
    regions: ALL,
    source: SOURCES.roleMappingsTypes,
  },
];
