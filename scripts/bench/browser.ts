// One Chromium for the whole benchmark, and a fresh (cold-cache) context per measured load, optionally
// throttled through CDP: 4x CPU, 150 ms latency, 1.6 Mbps down, 750 kbps up.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../../e2e/browser.ts';

export const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const THROTTLE = { cpuRate: 4, latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 } as const;

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
}

export interface ColdPage {
  context: BrowserContext;
  page: Page;
}

/** A new context (empty cache, no open connections) with one page, the init scripts installed. */
export async function coldPage(browser: Browser, options: { throttled: boolean; initScripts?: string[] }): Promise<ColdPage> {
  const context = await browser.newContext();
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
  const page = await context.newPage();
  if (options.throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: THROTTLE.downloadBitsPerSecond / 8,
      uploadThroughput: THROTTLE.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  }
  return { context, page };
}

/** Waits for the app's "hydrated with the catalog" flag; false when it never came within the timeout. */
export async function waitForReady(page: Page, timeout: number): Promise<boolean> {
  try {
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout });
    return true;
  } catch {
    return false;
  }
}

/** Network idle (Playwright: no request for 500 ms), tolerated if it never comes (a polling page). */
export async function settle(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForLoadState('networkidle', { timeout });
  } catch {
    // Keep going: the figures are read from the page, which is loaded by now.
  }
}
