// npm run bench: what readers get, measured side by side in one run, each figure beside its target.
// - What a cold scenario page fetches: HTML, JavaScript and data, each gzip; the JavaScript against a bare
//   React + React Router + TanStack Query app built by the same Vite (scripts/bench/baseline).
// - LCP of a cold deep link to a scenario page against the same HTML with every script removed (its
//   no-JS twin): medians over alternating runs, throttled (4x CPU, 150 ms RTT, 1.6 Mbit/s).
// - Paste-ready: a typical 403 body pasted as soon as the box exists on `/`; the time from navigation
//   start to the first match, against the LCP of `/` without scripts.
// - The paste analyzer on a typical 2 KB paste (scripts/bench-analyzer.ts).
// Pages are served by scripts/serve.ts (sirv, precompressed files), as a static host serves them.
// Figures are reported, not asserted. Usage: npm run bench [-- --runs 21 --paste-runs 7]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser.ts';
import { benchAnalyzer, median, typicalPaste } from './bench-analyzer.ts';
import { PAINT_OBSERVER, PASTE_OBSERVER, readBenchState } from './bench/page-scripts.ts';
import { compressTree } from './compress.ts';
import { startServer } from './serve.ts';

const OUT = '.bench';
const THROTTLE = { cpu: 4, latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 };
const TARGET = { jsOverKb: 15, dataKb: 10, lcpRatio: 1.05, pasteRatio: 2.5, analyzerMs: 2 };
const SCENARIO = '/scenario/md5101';
const TIMEOUT = 60_000;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '21' }, 'paste-runs': { type: 'string', default: '7' } },
});
const [runs, pasteRuns] = [Number(args.runs), Number(args['paste-runs'])];
const log = (line: string) => console.log(line);
const kb = (bytes: number) => bytes / 1024;
const ms = (n: number) => `${Math.round(n)} ms`;

/** The app (npm run build) and the baseline app, each in a folder of the bench's own. */
async function builds() {
  rmSync(OUT, { recursive: true, force: true });
  const app = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: `${OUT}/app`, BASE_PATH: '/' } });
  if (app.status !== 0) throw new Error('npm run build failed.');
  await build({
    root: 'scripts/bench/baseline',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(process.cwd(), OUT, 'baseline'), emptyOutDir: true, target: 'es2022' },
  });
  compressTree(`${OUT}/baseline`);
  // The no-JS twins: the same HTML with every script, module preload and data preload removed.
  for (const path of [SCENARIO, '/']) {
    const html = readFileSync(join(OUT, 'app', path, 'index.html'), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
      .replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/gi, '');
    mkdirSync(join(OUT, 'static', path), { recursive: true });
    writeFileSync(join(OUT, 'static', path, 'index.html'), html);
  }
  compressTree(`${OUT}/static`);
}

async function serve(dir: string): Promise<string> {
  const server = startServer({ dir, port: 0, base: '/' });
  if (!server.listening) await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A fresh context (cold cache) with one page, optionally throttled through CDP. */
async function coldPage(browser: Browser, throttled: boolean, scripts: string[] = []) {
  const context = await browser.newContext();
  for (const content of scripts) await context.addInitScript({ content });
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latency,
      downloadThroughput: THROTTLE.down,
      uploadThroughput: THROTTLE.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  }
  return { page, close: () => context.close() };
}

type Kind = 'html' | 'js' | 'data' | 'other';
const kindOf = (url: string, type: string): Kind =>
  type === 'document' ? 'html' : type === 'script' || url.endsWith('.js') ? 'js' : url.endsWith('.json') ? 'data' : 'other';

/** Every same-origin file a cold load fetches until it is hydrated and the network is idle, gzip -9 sized. */
async function transfers(browser: Browser, origin: string, path: string, dir: string, ready: (page: Page) => Promise<unknown>) {
  const { page, close } = await coldPage(browser, false);
  const files: Array<{ path: string; kind: Kind; gzip: number }> = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    const file = url.pathname.endsWith('/') || !url.pathname.includes('.') ? join(url.pathname, 'index.html') : url.pathname;
    files.push({
      path: url.pathname,
      kind: kindOf(url.pathname, response.request().resourceType()),
      gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    });
  });
  await page.goto(`${origin}${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await close();
  const sum = (kind: Kind) => files.filter((f) => f.kind === kind).reduce((s, f) => s + f.gzip, 0);
  return { files, html: sum('html'), js: sum('js'), data: sum('data'), other: sum('other') };
}

/** Polls an expression in the page from here: the CSP forbids the in-page eval that waitForFunction needs. */
async function until(page: Page, expression: string, timeout = TIMEOUT): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression).catch(() => false))) {
    if (Date.now() > end) throw new Error(`${page.url()}: timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const hydrated = (page: Page) => page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: TIMEOUT });

/** LCP of one cold, throttled load; for the app, after hydration. */
async function lcp(browser: Browser, url: string, app: boolean): Promise<number> {
  const { page, close } = await coldPage(browser, true, [PAINT_OBSERVER]);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    if (app) await hydrated(page);
    await page.waitForLoadState('networkidle');
    await until(page, 'window.__bench.lcp.length > 0', 10_000); // delivered asynchronously
    const last = (await readBenchState(page)).lcp.at(-1);
    if (!last) throw new Error(`${url} reported no largest-contentful-paint entry.`);
    return last.time;
  } finally {
    await close();
  }
}

/** Paste-ready: the first match after a paste made as soon as the box exists (pasted again if lost in hydration). */
async function pasteReady(browser: Browser, url: string): Promise<{ ready: number; hydrated: number | null; again: boolean }> {
  const { page, close } = await coldPage(browser, true, [PAINT_OBSERVER, PASTE_OBSERVER]);
  const state = () => readBenchState(page).catch(() => null);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await until(page, 'Boolean(window.__bench && window.__bench.boxAt !== null)');
    // CDP Input.insertText, as a paste does; no Playwright locator, whose first use costs a throttled second.
    await page.evaluate('window.__benchBox.focus()');
    await page.keyboard.insertText(typicalPaste());
    let again = false;
    // A match, or a second after hydration with none: the early paste was lost.
    await until(
      page,
      'window.__bench.firstMatchAt !== null || (window.__bench.readyAt !== null && performance.now() - window.__bench.readyAt > 1000)',
    );
    if ((await state())?.firstMatchAt === null) {
      again = true; // a reader would have had to paste twice: the figure keeps that cost
      await page.evaluate('window.__benchBox.select()');
      await page.keyboard.insertText(`${typicalPaste()} `);
      await until(page, 'window.__bench.firstMatchAt !== null');
    }
    const s = await state();
    if (s?.firstMatchAt == null) throw new Error(`${url}: no match.`);
    return { ready: s.firstMatchAt, hydrated: s.readyAt, again };
  } finally {
    await close();
  }
}

async function alternate(count: number, a: () => Promise<number>, b: () => Promise<number>) {
  await a(); // one warm-up each (the server's caches, Chromium's first context), discarded
  await b();
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < count; i++) {
    // a, b / b, a / ...: neither side always follows the other.
    if (i % 2 === 0) {
      xs.push(await a());
      ys.push(await b());
    } else {
      ys.push(await b());
      xs.push(await a());
    }
  }
  return { a: xs, b: ys };
}

async function main() {
  await builds();
  const [app, base, stat] = await Promise.all([serve(`${OUT}/app`), serve(`${OUT}/baseline`), serve(`${OUT}/static`)]);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    log(`\nA cold scenario page (${SCENARIO}) and the baseline app: what each fetches`);
    const page = await transfers(browser, app, SCENARIO, `${OUT}/app`, hydrated);
    const baseline = await transfers(browser, base, '/', `${OUT}/baseline`, (p) => p.getByRole('heading', { level: 1 }).waitFor());
    for (const f of page.files) log(`  ${f.kind.padEnd(5)} ${f.path.padEnd(48)} ${kb(f.gzip).toFixed(1).padStart(6)} KB gzip`);

    log(`\nLCP: ${runs} cold throttled loads each of ${SCENARIO} and its no-JS twin, alternating`);
    const deep = await alternate(
      runs,
      () => lcp(browser, `${app}${SCENARIO}`, true),
      () => lcp(browser, `${stat}${SCENARIO}`, false),
    );
    log(`  app ${deep.a.map(Math.round).join(', ')}\n  twin ${deep.b.map(Math.round).join(', ')}`);

    log(`\nPaste-ready: ${pasteRuns} cold throttled loads of / (paste as soon as the box exists), and of its no-JS twin`);
    const pastes: Array<{ ready: number; hydrated: number | null; again: boolean }> = [];
    const start = await alternate(
      pasteRuns,
      async () => {
        const p = await pasteReady(browser, `${app}/`);
        pastes.push(p);
        return p.ready;
      },
      () => lcp(browser, `${stat}/`, false),
    );
    pastes.shift(); // the warm-up
    log(
      `  first match ${start.a.map(Math.round).join(', ')} (hydrated ${pastes.map((p) => (p.hydrated === null ? '?' : Math.round(p.hydrated))).join(', ')})`,
    );
    log(`  no-JS LCP   ${start.b.map(Math.round).join(', ')}`);
    const analyzer = await benchAnalyzer();

    const lcpRatio = median(deep.a) / median(deep.b);
    const pasteRatio = median(start.a) / median(start.b);
    const jsOver = kb(page.js - baseline.js);
    const rows: Array<[string, string, string, boolean | null]> = [
      ['HTML, cold scenario page (gzip)', `${kb(page.html).toFixed(1)} KB`, '', null],
      ['JS, cold scenario page (gzip)', `${kb(page.js).toFixed(1)} KB (baseline ${kb(baseline.js).toFixed(1)} KB)`, '', null],
      ['JS over the baseline', `+${jsOver.toFixed(1)} KB`, `≤ +${TARGET.jsOverKb} KB`, jsOver <= TARGET.jsOverKb],
      ['JSON, cold scenario page (gzip)', `${kb(page.data).toFixed(1)} KB`, `≤ ${TARGET.dataKb} KB`, kb(page.data) <= TARGET.dataKb],
      [
        'LCP, scenario deep link / no-JS twin',
        `${ms(median(deep.a))} / ${ms(median(deep.b))} = ${lcpRatio.toFixed(2)}x (median of ${runs})`,
        `≤ ${TARGET.lcpRatio}x`,
        lcpRatio <= TARGET.lcpRatio,
      ],
      [
        'Paste-ready on / vs its no-JS LCP',
        `${ms(median(start.a))} / ${ms(median(start.b))} = ${pasteRatio.toFixed(2)}x (median of ${pasteRuns})`,
        `≤ ${TARGET.pasteRatio}x`,
        pasteRatio <= TARGET.pasteRatio,
      ],
      [
        '  early paste lost in hydration',
        `${pastes.filter((p) => p.again).length} of ${pastes.length} runs`,
        '0',
        pastes.every((p) => !p.again),
      ],
      [
        'Analyzer, typical 2 KB paste',
        `${analyzer.typical2kbMs.toFixed(2)} ms (100 KB: ${analyzer.large100kbMs.toFixed(1)} ms)`,
        `< ${TARGET.analyzerMs} ms`,
        analyzer.typical2kbMs < TARGET.analyzerMs,
      ],
    ];
    const table = [
      '| Figure | Result | Target | Met |',
      '|---|---|---|---|',
      ...rows.map(([f, r, t, ok]) => `| ${f} | ${r} | ${t} | ${ok === null ? '' : ok ? 'yes' : 'NO'} |`),
    ].join('\n');
    const when = new Date().toISOString();
    log(`\n${table}\n\nMeasured ${when} on Node ${process.versions.node}, Chromium ${browser.version()}.`);
    writeFileSync(join(OUT, 'results.md'), `${table}\n`);
    writeFileSync(
      join(OUT, 'results.json'),
      JSON.stringify({ when, page, baseline: { js: baseline.js }, deep, start, pastes, analyzer }, null, 2),
    );
  } finally {
    await browser.close();
  }
  process.exit(0); // the three servers keep the event loop alive
}

await main();
