// LCP of one cold, throttled load: read the last LCP candidate once the page has settled.
import type { Browser } from '@playwright/test';
import { coldPage, settle, waitForReady } from './browser.ts';
import { PAINT_OBSERVER, readBenchState } from './page-scripts.ts';

export interface PaintSample {
  lcp: number;
  lcpElement: string;
  fcp: number | null;
  /** When <html data-ready="true"> was set (app only), ms since navigation start. */
  readyAt: number | null;
}

const LOAD_TIMEOUT = 60_000;
const SETTLE_MS = 300;
const LATE_ENTRY_MS = 5_000;

export async function measurePaint(browser: Browser, url: string, options: { app: boolean }): Promise<PaintSample> {
  const { context, page } = await coldPage(browser, { throttled: true, initScripts: [PAINT_OBSERVER] });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    if (options.app && !(await waitForReady(page, LOAD_TIMEOUT))) {
      throw new Error(`${url} never set html[data-ready="true"] (not hydrated within ${LOAD_TIMEOUT / 1000} s).`);
    }
    await settle(page, LOAD_TIMEOUT);
    await page.waitForTimeout(SETTLE_MS);
    let state = await readBenchState(page);
    // On a busy machine the entry can be delivered late: give it a few more seconds before giving up.
    for (let waited = 0; state.lcp.length === 0 && waited < LATE_ENTRY_MS; waited += 250) {
      await page.waitForTimeout(250);
      state = await readBenchState(page);
    }
    const last = state.lcp.at(-1);
    if (!last) throw new Error(`${url} reported no largest-contentful-paint entry (FCP ${state.fcp === null ? 'none either' : `${Math.round(state.fcp)} ms`}).`);
    return { lcp: last.time, lcpElement: last.element, fcp: state.fcp, readyAt: state.readyAt };
  } finally {
    await context.close();
  }
}

