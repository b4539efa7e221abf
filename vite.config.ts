import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

/** Base path for hosting under a sub-folder, e.g. BASE_PATH=/troubleshoot/ npm run build. */
const base = normaliseBase(process.env.BASE_PATH);

function normaliseBase(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

const catalog = JSON.parse(readFileSync('src/catalog/catalog.json', 'utf8')) as { version: string; reviewed: string };

/** The data folder the dev server answers for; `npm run build` names the real one by its content hash. */
const DEV_DATA_VERSION = 'dev';

/**
 * In `npm run dev`, answers `data/dev/<file>` from the catalog on disk, computed by the same code the build
 * uses to write the data folder. Each request reads the catalog afresh, so edits show on reload.
 */
function devData(): Plugin {
  return {
    name: 'troubleshooter-dev-data',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${base}data/${DEV_DATA_VERSION}/`;
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        void (async () => {
          const { loadCatalogFile } = (await server.ssrLoadModule(
            '/src/catalog/load-file.ts',
          )) as typeof import('./src/catalog/load-file.ts');
          const { dataFiles } = (await server.ssrLoadModule('/src/engine/data-files.ts')) as typeof import('./src/engine/data-files.ts');
          const text = dataFiles(loadCatalogFile()).get(decodeURIComponent(url.slice(prefix.length)));
          res.statusCode = text === undefined ? 404 : 200;
          res.setHeader('Content-Type', text === undefined ? 'text/plain' : 'application/json');
          res.end(text ?? 'Not found');
        })().catch(next);
      });
    },
  };
}

export default defineConfig({
  base,
  define: {
    __DATA_VERSION__: JSON.stringify(DEV_DATA_VERSION),
    __CATALOG_VERSION__: JSON.stringify(catalog.version),
    __CATALOG_REVIEWED__: JSON.stringify(catalog.reviewed),
  },
  plugins: [react(), devData()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
