import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Base path for hosting under a sub-folder, e.g. BASE_PATH=/troubleshoot/ npm run build. */
const base = normaliseBase(process.env.BASE_PATH);

function normaliseBase(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

export default defineConfig({
  base,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
