import { describe, expect, it } from 'vitest';
import {
  MARKETPLACES,
  REGIONS,
  consoleHosts,
  findMarketplace,
  lookupConsoleHost,
  lookupSpApiHost,
  parseRegion,
  regionForAwsRegion,
} from './regions.ts';

describe('REGIONS', () => {
  it.each([
    ['na', 'sellingpartnerapi-na.amazon.com', 'sandbox.sellingpartnerapi-na.amazon.com', 'us-east-1'],
    ['eu', 'sellingpartnerapi-eu.amazon.com', 'sandbox.sellingpartnerapi-eu.amazon.com', 'eu-west-1'],
    ['fe', 'sellingpartnerapi-fe.amazon.com', 'sandbox.sellingpartnerapi-fe.amazon.com', 'us-west-2'],
  ] as const)('%s: %s / %s / %s', (id, production, sandbox, aws) => {
    expect(REGIONS[id]).toMatchObject({ id, productionHost: production, sandboxHost: sandbox, awsRegion: aws });
  });
});

describe('MARKETPLACES', () => {
  it("has the 23 marketplaces of Amazon's marketplace ID list with unique ids and codes", () => {
    expect(MARKETPLACES).toHaveLength(23);
    expect(new Set(MARKETPLACES.map((m) => m.id)).size).toBe(23);
    expect(new Set(MARKETPLACES.map((m) => m.code)).size).toBe(23);
  });

  it('puts every marketplace in the region listed by the endpoints table', () => {
    const byRegion = (r: string) =>
      MARKETPLACES.filter((m) => m.region === r)
        .map((m) => m.code)
        .sort();
    expect(byRegion('na')).toEqual(['BR', 'CA', 'MX', 'US']);
    expect(byRegion('fe')).toEqual(['AU', 'JP', 'SG']);
    expect(byRegion('eu')).toEqual(['AE', 'BE', 'DE', 'EG', 'ES', 'FR', 'IE', 'IN', 'IT', 'NL', 'PL', 'SA', 'SE', 'TR', 'UK', 'ZA']);
  });

  it('marks only the third-party Seller Central hosts as low confidence', () => {
    const low = MARKETPLACES.filter((m) => m.confidence === 'low')
      .map((m) => m.code)
      .sort();
    expect(low).toEqual(['BE', 'EG', 'IE', 'SA', 'ZA']);
  });
});

describe('findMarketplace', () => {
  it.each([
    ['ATVPDKIKX0DER', 'US'],
    ['atvpdkikx0der', 'US'],
    ['US', 'US'],
    ['uk', 'UK'],
    ['GB', 'UK'],
    [' de ', 'DE'],
    ['A1F83G8C2ARO7P', 'UK'],
    ['A1VC38T7YXB528', 'JP'],
    ['Germany', 'DE'],
    ['united arab emirates', 'AE'],
  ])('%s -> %s', (query, code) => {
    expect(findMarketplace(query)?.code).toBe(code);
  });

  it.each(['', 'EU', 'XX', 'A00000000000'])('%j -> undefined', (query) => {
    expect(findMarketplace(query)).toBeUndefined();
  });
});

describe('lookupConsoleHost', () => {
  it.each([
    ['sellercentral.amazon.com', 'seller-central', 'na', ['US'], 'high'],
    ['SellerCentral.Amazon.com', 'seller-central', 'na', ['US'], 'high'],
    ['sellercentral-europe.amazon.com', 'seller-central', 'eu', ['ES', 'UK', 'FR', 'DE', 'IT'], 'high'],
    ['sellercentral.amazon.co.jp', 'seller-central', 'fe', ['JP'], 'high'],
    ['sellercentral.amazon.com.be', 'seller-central', 'eu', ['BE'], 'low'],
    ['vendorcentral.amazon.co.uk', 'vendor-central', 'eu', ['UK'], 'high'],
    ['vendorcentral.amazon.me', 'vendor-central', 'eu', ['EG', 'AE'], 'high'],
    ['vendorcentral.amazon.com.sg', 'vendor-central', 'fe', ['SG'], 'high'],
  ])('%s', (host, console, region, marketplaces, confidence) => {
    expect(lookupConsoleHost(host)).toMatchObject({ console, region, marketplaces, confidence });
  });

  it.each(['sellercentral.amazon.co.uk', 'www.amazon.com', 'example.com', ''])('%j is not a console host', (host) => {
    expect(lookupConsoleHost(host)).toBeUndefined();
  });

  it('lists each host once', () => {
    const hosts = consoleHosts().map((h) => h.host);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('lookupSpApiHost', () => {
  it.each([
    ['sellingpartnerapi-na.amazon.com', 'na', 'production'],
    ['SANDBOX.sellingpartnerapi-eu.amazon.com', 'eu', 'sandbox'],
    ['sellingpartnerapi-fe.amazon.com.', 'fe', 'production'],
  ])('%s -> %s %s', (host, region, environment) => {
    expect(lookupSpApiHost(host)).toEqual({ region, environment });
  });

  it.each(['api.amazon.com', 'sellingpartnerapi.amazon.com', 'sellingpartnerapi-us.amazon.com'])('%s -> undefined', (h) => {
    expect(lookupSpApiHost(h)).toBeUndefined();
  });
});

describe('regionForAwsRegion / parseRegion', () => {
  it.each([
    ['us-east-1', 'na'],
    ['EU-WEST-1', 'eu'],
    ['us-west-2', 'fe'],
    ['eu-central-1', undefined],
    ['us-west-1', undefined],
  ])('regionForAwsRegion(%s) -> %s', (aws, region) => {
    expect(regionForAwsRegion(aws)).toBe(region);
  });

  it.each([
    ['na', 'na'],
    ['EU', 'eu'],
    ['Far East', 'fe'],
    ['far_east', 'fe'],
    ['north america', 'na'],
    ['us-west-2', 'fe'],
    ['asia', undefined],
    ['', undefined],
  ])('parseRegion(%j) -> %s', (query, region) => {
    expect(parseRegion(query)).toBe(region);
  });
});
