// The paste analyzer's speed: median analysis time over many runs for a typical 2 KB paste and a
// 100 KB paste, against the shipped catalog and against a catalog ten times larger. Run directly
// (npx tsx scripts/bench-analyzer.ts) or call benchAnalyzer() from the main benchmark.
import { pathToFileURL } from 'node:url';
import { loadCatalogFile } from '../src/catalog/load-file.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import { analyze } from '../src/engine/analyzer/analyze.ts';

/** A typical paste: raw HTTP response with headers and JSON body, a Node stack trace and a few sentences. */
export function typicalPaste(): string {
  const text = [
    'Hi, since this morning our nightly sync fails. Other calls (getOrders, listFinancialEvents) work with the same refresh token,',
    'but getMarketplaceParticipations keeps returning 403. We call the NA endpoint for a US seller. Here is the full response:',
    '',
    'GET https://sellingpartnerapi-na.amazon.com/sellers/v1/marketplaceParticipations HTTP/1.1',
    'host: sellingpartnerapi-na.amazon.com',
    'user-agent: MySyncTool/2.3 (Language=JavaScript; Platform=Node)',
    'x-amz-access-token: Atza|IwEBIKx0ZmFrZVRva2VuVmFsdWVGb3JCZW5jaG1hcmtpbmdPbmx5MTIzNDU2Nzg5MA',
    'x-amz-date: 20240604T101213Z',
    '',
    'HTTP/1.1 403 Forbidden',
    'Date: Tue, 04 Jun 2024 10:12:13 GMT',
    'Content-Type: application/json',
    'Content-Length: 141',
    'Connection: keep-alive',
    'x-amzn-RequestId: 6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    'x-amzn-ErrorType: AccessDeniedException',
    'x-amz-apigw-id: Zk3AbCdEfGhIjKl=',
    '',
    '{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":""}]}',
    '',
    'CustomError: Access to requested resource is denied.',
    '    at SellingPartner._validateAndParseResponse (/srv/app/node_modules/amazon-sp-api/lib/SellingPartner.js:211:15)',
    '    at SellingPartner.callAPI (/srv/app/node_modules/amazon-sp-api/lib/SellingPartner.js:503:13)',
    '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
    '    at async syncMarketplaces (/srv/app/src/jobs/sync.js:88:21)',
    '    at async runNightly (/srv/app/src/jobs/index.js:31:5) {',
    "  code: 'Unauthorized',",
    "  details: '',",
    "  type: 'error'",
    '}',
    '',
    'Config: { region: "na", refresh_token: "Atzr|IwEBIGZha2VSZWZyZXNoVG9rZW5Gb3JCZW5jaG1hcmtpbmdPbmx5", client_id: "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef" }',
    'We registered the app in Seller Central (sellercentral.amazon.com) as a private app, self-authorized it, and the roles look',
    'fine to us. Any idea what else to check? The seller account health page is green.',
  ].join('\n');
  return text.padEnd(2048, ' ');
}

/** A long paste: a log with many requests, most of them noise, up to about 100 KB. */
export function largePaste(): string {
  const lines: string[] = [];
  let i = 0;
  while (lines.join('\n').length < 100_000) {
    lines.push(
      `2024-06-04T10:${String(i % 60).padStart(2, '0')}:13.512Z INFO  sync worker=${i % 8} GET /orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2024-06-01 -> 200 (312 ms)`,
      `2024-06-04T10:${String(i % 60).padStart(2, '0')}:14.020Z DEBUG parsed ${i * 7} orders, next token present, waiting for rate limit bucket`,
    );
    if (i % 25 === 0) lines.push(typicalPaste());
    i++;
  }
  return lines.join('\n').slice(0, 100_000);
}

/** A catalog ten times larger: every node and outside entry copied nine more times under new ids. */
export function tenfoldCatalog(catalog: Catalog): Catalog {
  const nodes: Catalog['nodes'] = { ...catalog.nodes };
  for (let copy = 1; copy < 10; copy++) {
    for (const [id, node] of Object.entries(catalog.nodes)) nodes[`${id}-copy${copy}`] = node;
  }
  const outside = Array.from({ length: 10 }, (_, copy) => (catalog.outside ?? []).map((o) => ({ ...o, id: `${o.id}-copy${copy}` }))).flat();
  return { ...catalog, nodes, outside };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function timeRuns(text: string, catalog: Catalog, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) analyze(text, catalog); // warm up (JIT, compiled rules)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text, catalog);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface AnalyzerBench {
  typical2kbMs: number;
  large100kbMs: number;
}

export async function benchAnalyzer(): Promise<AnalyzerBench> {
  const catalog = loadCatalogFile();
  return { typical2kbMs: timeRuns(typicalPaste(), catalog, 400), large100kbMs: timeRuns(largePaste(), catalog, 40) };
}

async function main() {
  const catalog = loadCatalogFile();
  const big = tenfoldCatalog(catalog);
  const typical = typicalPaste();
  const large = largePaste();
  const firstCall = (() => {
    const fresh = structuredClone(catalog);
    const t0 = performance.now();
    analyze(typical, fresh);
    return performance.now() - t0;
  })();
  const { typical2kbMs, large100kbMs } = await benchAnalyzer();
  const rows: Array<[string, string, number]> = [
    ['typical paste', `${(typical.length / 1024).toFixed(1)} KB`, typical2kbMs],
    ['large paste', `${(large.length / 1024).toFixed(1)} KB`, large100kbMs],
    ['typical paste, 10x catalog', `${(typical.length / 1024).toFixed(1)} KB`, timeRuns(typical, big, 200)],
    ['large paste, 10x catalog', `${(large.length / 1024).toFixed(1)} KB`, timeRuns(large, big, 20)],
    ['first call (compiles rules)', `${(typical.length / 1024).toFixed(1)} KB`, firstCall],
  ];
  console.log('Paste analyzer, median of many runs (ms)\n');
  console.log(`${'case'.padEnd(30)} ${'input'.padStart(9)} ${'median ms'.padStart(10)}`);
  for (const [name, size, ms] of rows) console.log(`${name.padEnd(30)} ${size.padStart(9)} ${ms.toFixed(3).padStart(10)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
