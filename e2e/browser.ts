// Which Chromium the end-to-end tests drive, so they run here and on an ordinary developer machine
// without editing files: $CHROMIUM_PATH, else Playwright's own browser, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet headless Chromium: no GPU, no background traffic to Google's services. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary.`);
    return fromEnv;
  }
  const managed = managedChromium();
  if (managed && existsSync(managed)) return undefined; // Playwright's own browser: let Playwright launch it
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    'No Chromium found for the end-to-end tests: run `npx playwright install chromium`, or `apt-get install chromium`, or set CHROMIUM_PATH.',
  );
}

function managedChromium(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}
