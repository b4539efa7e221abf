import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/browser.ts';

const executablePath = findChromium();
const PORT = 4311;
const BASE_PORT = 4312;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --port ${PORT} --dir dist --base /`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx scripts/serve.ts --port ${BASE_PORT} --dir dist-base --base /troubleshoot/`,
      url: `http://127.0.0.1:${BASE_PORT}/troubleshoot/`,
      reuseExistingServer: false,
    },
  ],
});
