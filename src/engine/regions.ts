// Reference data for selling regions, marketplaces and console hosts.
// Facts from Amazon's SP-API endpoint and marketplace ID pages and its Seller Central and Vendor Central
// URL lists; a few hosts only third-party pages list are marked 'low'. Country names are plain English labels.

export type RegionId = 'na' | 'eu' | 'fe';
export type AwsRegion = 'us-east-1' | 'eu-west-1' | 'us-west-2';
export type ConsoleKind = 'seller-central' | 'vendor-central';
/** 'low': the value comes only from third-party pages. */
export type Confidence = 'high' | 'low';

export interface SellingRegion {
  id: RegionId;
  name: string;
  /** SP-API production host, e.g. sellingpartnerapi-na.amazon.com. */
  productionHost: string;
  /** SP-API sandbox host (static mocked responses). */
  sandboxHost: string;
  /** The AWS region paired with the endpoint (SigV4 credential scope, legacy). */
  awsRegion: AwsRegion;
}

export const REGION_IDS: readonly RegionId[] = ['na', 'eu', 'fe'];

export const REGIONS: Readonly<Record<RegionId, SellingRegion>> = {
  na: {
    id: 'na',
    name: 'North America',
    productionHost: 'sellingpartnerapi-na.amazon.com',
    sandboxHost: 'sandbox.sellingpartnerapi-na.amazon.com',
    awsRegion: 'us-east-1',
  },
  eu: {
    id: 'eu',
    name: 'Europe',
    productionHost: 'sellingpartnerapi-eu.amazon.com',
    sandboxHost: 'sandbox.sellingpartnerapi-eu.amazon.com',
    awsRegion: 'eu-west-1',
  },
  fe: {
    id: 'fe',
    name: 'Far East',
    productionHost: 'sellingpartnerapi-fe.amazon.com',
    sandboxHost: 'sandbox.sellingpartnerapi-fe.amazon.com',
    awsRegion: 'us-west-2',
  },
};

export type MarketplaceCode =
  | 'CA'
  | 'US'
  | 'MX'
  | 'BR'
  | 'IE'
  | 'ES'
  | 'UK'
  | 'FR'
  | 'BE'
  | 'NL'
  | 'DE'
  | 'IT'
  | 'SE'
  | 'ZA'
  | 'PL'
  | 'EG'
  | 'TR'
  | 'SA'
  | 'AE'
  | 'IN'
  | 'SG'
  | 'AU'
  | 'JP';

export interface Marketplace {
  /** The code used in Amazon's tables (UK, not GB). */
  code: MarketplaceCode;
  country: string;
  /** Marketplace ID, e.g. ATVPDKIKX0DER. */
  id: string;
  region: RegionId;
  /** Seller Central host for this marketplace. */
  sellerCentral: string;
  /** 'low' for the hosts that only third-party pages list (BE, IE, SA, EG, ZA). */
  confidence: Confidence;
  /** Vendor Central host; absent where Amazon lists none. */
  vendorCentral?: string;
}

const SC_EUROPE = 'sellercentral-europe.amazon.com';

function mp(
  code: MarketplaceCode,
  country: string,
  id: string,
  region: RegionId,
  sellerCentral: string,
  vendorCentral?: string,
  confidence: Confidence = 'high',
): Marketplace {
  return vendorCentral === undefined
    ? { code, country, id, region, sellerCentral, confidence }
    : { code, country, id, region, sellerCentral, confidence, vendorCentral };
}

/** Every marketplace, in the order of Amazon's marketplace ID list. */
export const MARKETPLACES: readonly Marketplace[] = [
  mp('CA', 'Canada', 'A2EUQ1WTGCTBG2', 'na', 'sellercentral.amazon.ca', 'vendorcentral.amazon.ca'),
  mp('US', 'United States', 'ATVPDKIKX0DER', 'na', 'sellercentral.amazon.com', 'vendorcentral.amazon.com'),
  mp('MX', 'Mexico', 'A1AM78C64UM0Y8', 'na', 'sellercentral.amazon.com.mx', 'vendorcentral.amazon.com.mx'),
  mp('BR', 'Brazil', 'A2Q3Y263D00KWC', 'na', 'sellercentral.amazon.com.br', 'vendorcentral.amazon.com.br'),
  mp('IE', 'Ireland', 'A28R8C7NBKEWEA', 'eu', 'sellercentral.amazon.ie', undefined, 'low'),
  mp('ES', 'Spain', 'A1RKKUPIHCS9HS', 'eu', SC_EUROPE, 'vendorcentral.amazon.es'),
  mp('UK', 'United Kingdom', 'A1F83G8C2ARO7P', 'eu', SC_EUROPE, 'vendorcentral.amazon.co.uk'),
  mp('FR', 'France', 'A13V1IB3VIYZZH', 'eu', SC_EUROPE, 'vendorcentral.amazon.fr'),
  mp('BE', 'Belgium', 'AMEN7PMS3EDWL', 'eu', 'sellercentral.amazon.com.be', undefined, 'low'),
  mp('NL', 'Netherlands', 'A1805IZSGTT6HS', 'eu', 'sellercentral.amazon.nl', 'vendorcentral.amazon.nl'),
  mp('DE', 'Germany', 'A1PA6795UKMFR9', 'eu', SC_EUROPE, 'vendorcentral.amazon.de'),
  mp('IT', 'Italy', 'APJ6JRA9NG5V4', 'eu', SC_EUROPE, 'vendorcentral.amazon.it'),
  mp('SE', 'Sweden', 'A2NODRKZP88ZB9', 'eu', 'sellercentral.amazon.se', 'vendorcentral.amazon.se'),
  mp('ZA', 'South Africa', 'AE08WJ6YKNBMC', 'eu', 'sellercentral.amazon.co.za', undefined, 'low'),
  mp('PL', 'Poland', 'A1C3SOZRARQ6R3', 'eu', 'sellercentral.amazon.pl', 'vendorcentral.amazon.pl'),
  mp('EG', 'Egypt', 'ARBP9OOSHTCHU', 'eu', 'sellercentral.amazon.eg', 'vendorcentral.amazon.me', 'low'),
  mp('TR', 'Turkey', 'A33AVAJ2PDY3EV', 'eu', 'sellercentral.amazon.com.tr', 'vendorcentral.amazon.com.tr'),
  mp('SA', 'Saudi Arabia', 'A17E79C6D8DWNP', 'eu', 'sellercentral.amazon.sa', undefined, 'low'),
  mp('AE', 'United Arab Emirates', 'A2VIGQ35RCS4UG', 'eu', 'sellercentral.amazon.ae', 'vendorcentral.amazon.me'),
  mp('IN', 'India', 'A21TJRUUN4KGV', 'eu', 'sellercentral.amazon.in', 'vendorcentral.amazon.in'),
  mp('SG', 'Singapore', 'A19VAU5U5O7RUS', 'fe', 'sellercentral.amazon.sg', 'vendorcentral.amazon.com.sg'),
  mp('AU', 'Australia', 'A39IBJ37TRP1C6', 'fe', 'sellercentral.amazon.com.au', 'vendorcentral.amazon.com.au'),
  mp('JP', 'Japan', 'A1VC38T7YXB528', 'fe', 'sellercentral.amazon.co.jp', 'vendorcentral.amazon.co.jp'),
];

/** A Seller Central or Vendor Central host and what it serves. */
export interface ConsoleHost {
  host: string;
  console: ConsoleKind;
  region: RegionId;
  /** Marketplaces whose consent URL uses this host (sellercentral-europe serves five). */
  marketplaces: MarketplaceCode[];
  confidence: Confidence;
}

const CONSOLE_HOSTS: ReadonlyMap<string, ConsoleHost> = buildConsoleHosts();

function buildConsoleHosts(): Map<string, ConsoleHost> {
  const hosts = new Map<string, ConsoleHost>();
  const add = (host: string, console: ConsoleKind, m: Marketplace, confidence: Confidence) => {
    const known = hosts.get(host);
    if (known) known.marketplaces.push(m.code);
    else hosts.set(host, { host, console, region: m.region, marketplaces: [m.code], confidence });
  };
  for (const m of MARKETPLACES) {
    add(m.sellerCentral, 'seller-central', m, m.confidence);
    if (m.vendorCentral) add(m.vendorCentral, 'vendor-central', m, 'high');
  }
  return hosts;
}

/** Normalises a host: lower case, no trailing dot. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** The Seller/Vendor Central host, looked up case-insensitively; undefined when not a console host. */
export function lookupConsoleHost(host: string): ConsoleHost | undefined {
  return CONSOLE_HOSTS.get(normaliseHost(host));
}

/** Every console host, for pickers and did-you-mean suggestions. */
export function consoleHosts(): ConsoleHost[] {
  return [...CONSOLE_HOSTS.values()];
}

export interface SpApiHost {
  region: RegionId;
  environment: 'production' | 'sandbox';
}

/** The SP-API endpoint host, production or sandbox; undefined for any other host. */
export function lookupSpApiHost(host: string): SpApiHost | undefined {
  const h = normaliseHost(host);
  for (const r of REGION_IDS) {
    if (REGIONS[r].productionHost === h) return { region: r, environment: 'production' };
    if (REGIONS[r].sandboxHost === h) return { region: r, environment: 'sandbox' };
  }
  return undefined;
}

const CODE_ALIASES: Readonly<Record<string, MarketplaceCode>> = { GB: 'UK' };

/** A marketplace by ID (ATVPDKIKX0DER), code (US, UK, GB) or country name; case-insensitive. */
export function findMarketplace(query: string): Marketplace | undefined {
  const q = query.trim().toUpperCase();
  if (q === '') return undefined;
  const code = CODE_ALIASES[q] ?? q;
  return MARKETPLACES.find((m) => m.id === q || m.code === code || m.country.toUpperCase() === q);
}

/** The selling region of an AWS region name (us-east-1 -> na); undefined for any other AWS region. */
export function regionForAwsRegion(awsRegion: string): RegionId | undefined {
  const a = awsRegion.trim().toLowerCase();
  return REGION_IDS.find((r) => REGIONS[r].awsRegion === a);
}

/** A selling region from its id (na), name (Europe) or AWS region (us-west-2); case-insensitive. */
export function parseRegion(query: string): RegionId | undefined {
  const q = query
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  for (const r of REGION_IDS) {
    if (q === r || q === REGIONS[r].name.toLowerCase()) return r;
  }
  return regionForAwsRegion(q.replace(/ /g, '-'));
}

/** "Europe (eu)", for messages. */
export function regionLabel(region: RegionId): string {
  return `${REGIONS[region].name} (${region})`;
}
