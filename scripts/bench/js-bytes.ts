// JavaScript a cold page load fetches: every script response (module entry, imports, module preloads,
// on-demand chunks fetched before the page settles), gzipped at level 9 the way a static host would
// serve it (scripts/serve.ts sends files uncompressed), plus the other responses for context.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { coldPage, settle } from './browser.ts';

export interface Transfer {
  /** Path on the server, e.g. /assets/index-abc.js. */
  path: string;
  kind: string;
  bytes: number;
  gzip: number;
}

export interface PageTransfers {
  scripts: Transfer[];
  others: Transfer[];
}

export const gzipSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

const isScript = (response: Response): boolean =>
  response.request().resourceType() === 'script' || /\.m?js$/.test(new URL(response.url()).pathname);

/** Loads `url` in a fresh, unthrottled context and records what it fetched until `ready` and network idle. */
export async function pageTransfers(browser: Browser, url: string, ready: (page: Page) => Promise<void>): Promise<PageTransfers> {
  const { context, page } = await coldPage(browser, { throttled: false });
  const seen = new Map<string, Promise<Transfer>>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (seen.has(path) || response.status() !== 200) return;
    const kind = isScript(response) ? 'script' : response.request().resourceType();
    seen.set(
      path,
      response.body().then((body) => ({ path, kind, bytes: body.length, gzip: gzipSize(body) })),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    await settle(page, 30_000);
    await page.waitForTimeout(1_000); // room for on-demand chunks requested after idle
    await settle(page, 30_000);
    const all = await Promise.all(seen.values());
    return { scripts: all.filter((t) => t.kind === 'script'), others: all.filter((t) => t.kind !== 'script') };
  } finally {
    await context.close();
  }
}

export interface BuiltChunk {
  file: string;
  bytes: number;
  gzip: number;
}

/** Every JavaScript file of a build's assets folder, largest first. */
export function builtChunks(distDir: string): BuiltChunk[] {
  const assets = join(distDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzip: gzipSize(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

export const sumGzip = (items: readonly { gzip: number }[]): number => items.reduce((s, t) => s + t.gzip, 0);
