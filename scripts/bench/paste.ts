// Time to interactive for the paste box: a cold, throttled load of the start page; as soon as the box
// exists, fill it with a typical 403 body; the figure is the first moment a link shows in the "Matches"
// list, in ms since navigation start (performance.now() in the page, recorded by a MutationObserver).
// The box is filled through the browser's input pipeline as soon as the observer reports it.
// If the text filled before hydration is lost (no match half a second after hydration), the box is filled
// again once, and the sample says so: a reader who pastes early would have had to paste twice.
import type { Browser, Page } from '@playwright/test';
import { coldPage } from './browser.ts';
import { PAINT_OBSERVER, PASTE_OBSERVER, readBenchState, type BenchState } from './page-scripts.ts';

/** What a developer typically pastes: the body of a bare 403 from an SP-API call. */
export const TYPICAL_403_BODY = JSON.stringify(
  { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: '' }] },
  null,
  2,
);

export type PasteSample =
  | { available: false }
  | {
      available: true;
      boxAt: number;
      inputAt: number;
      /** The input event of the paste that produced the match (the second paste when `refilled`). */
      lastInputAt: number;
      readyAt: number | null;
      firstMatchAt: number;
      /** The first fill (before hydration) produced no match, so the box was filled again. */
      refilled: boolean;
    };

const TIMEOUT = 60_000;
const POLL_MS = 20;
const GRACE_AFTER_READY_MS = 500;

/**
 * Focuses the box the observer found and inserts the text through the browser's input pipeline (CDP
 * Input.insertText, as a paste or an IME does). No Playwright locator before the first match: its first use
 * injects Playwright's script into the page, about a second of 4x-throttled CPU that a reader would not spend.
 * `again`: select and delete the old text first, so a controlled box sees a change.
 */
async function paste(page: Page, again: boolean): Promise<void> {
  await page.evaluate(again ? 'window.__benchBox.focus(), window.__benchBox.select()' : 'window.__benchBox.focus()');
  if (again) await page.keyboard.press('Backspace');
  await page.keyboard.insertText(TYPICAL_403_BODY);
}

export async function measurePaste(browser: Browser, url: string): Promise<PasteSample> {
  const { context, page } = await coldPage(browser, { throttled: true, initScripts: [PAINT_OBSERVER, PASTE_OBSERVER] });
  const deadline = Date.now() + TIMEOUT;
  const state = async (): Promise<BenchState | null> => {
    try {
      return await readBenchState(page);
    } catch {
      return null; // the new document is not there yet
    }
  };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    // 1. The box, or proof there is none: the app hydrated and still has no box.
    for (;;) {
      const s = await state();
      if (s?.boxAt !== null && s?.boxAt !== undefined) break;
      if (s?.readyAt !== null && s?.readyAt !== undefined) return { available: false };
      if (Date.now() > deadline) throw new Error(`${url}: neither a paste box nor html[data-ready] within ${TIMEOUT / 1000} s.`);
      await page.waitForTimeout(POLL_MS);
    }
    await paste(page, false);
    // 2. The first match; fill once more if the early text was lost in hydration.
    let refilled = false;
    for (;;) {
      const s = await state();
      if (s && s.firstMatchAt !== null) {
        await page.getByRole('list', { name: /matches/i }).getByRole('link').first().waitFor({ timeout: 5_000 });
        if (s.boxAt === null || s.inputAt === null || s.lastInputAt === null) throw new Error(`${url}: the paste observer lost track of the box.`);
        return { available: true, boxAt: s.boxAt, inputAt: s.inputAt, lastInputAt: s.lastInputAt, readyAt: s.readyAt, firstMatchAt: s.firstMatchAt, refilled };
      }
      if (!refilled && s?.readyAt !== null && s?.readyAt !== undefined && s.now - Math.max(s.readyAt, s.inputAt ?? 0) > GRACE_AFTER_READY_MS) {
        refilled = true;
        await paste(page, true);
      }
      if (Date.now() > deadline) throw new Error(`${url}: no link in the "Matches" list within ${TIMEOUT / 1000} s of loading.`);
      await page.waitForTimeout(POLL_MS);
    }
  } finally {
    await context.close();
  }
}
