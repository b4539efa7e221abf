import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Base path for hosting under a sub-folder, e.g. BASE_PATH=/troubleshoot/ npm run build. */
const base = normaliseBase(process.env.BASE_PATH);

function normaliseBase(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * SHA-256 of the catalog the build validated. The browser checks the downloaded catalog against it, so it
 * needs no schema library to know the data is the validated data (docs/decisions/catalog-integrity.md).
 */
const catalogDigest = createHash('sha256').update(readFileSync('src/catalog/catalog.json')).digest('hex');

export default defineConfig({
  base,
  define: { __CATALOG_SHA256__: JSON.stringify(catalogDigest) },
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
