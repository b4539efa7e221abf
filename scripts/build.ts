// npm run build: validate the catalog, build the client and a server entry, then prerender every route
// to its own HTML file with its head tags, plus sitemap.xml, robots.txt and 404.html.
// Env: BASE_PATH (default "/"), SITE_URL (absolute origin used in canonical and share URLs),
// OUT_DIR (default "dist").
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CatalogError, loadCatalogFile } from '../src/catalog/load-file.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import { PRODUCT, pageMeta } from '../src/engine/page-meta.ts';
import { sitePages, type SitePage } from '../src/engine/site-paths.ts';
import { escapeHtml, headTags } from './head.ts';

type Renderer = typeof import('../src/entry-server.tsx');

const DIST = process.env.OUT_DIR ?? 'dist';
const SSR_OUT = `${DIST}-ssr`;
const base = normaliseBase(process.env.BASE_PATH);
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const NOT_FOUND_PROBE = '/not-found-page';

function normaliseBase(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

function loadCatalogOrExit(): Catalog {
  try {
    return loadCatalogFile();
  } catch (error) {
    if (error instanceof CatalogError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const catalog = loadCatalogOrExit();
  process.env.BASE_PATH = base;
  await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  await build({ logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: SSR_OUT, emptyOutDir: true } });
  const renderer = (await import(pathToFileURL(join(SSR_OUT, 'entry-server.js')).href)) as Renderer;

  const template = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cssHref = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(template);
  if (!cssHref?.[1]) throw new Error('The client build has no stylesheet link in index.html.');
  const css = readFileSync(join(DIST, cssHref[1].slice(base.length)), 'utf8');
  const catalogFile = readdirSync(join(DIST, 'assets')).find((f) => /^catalog-.*\.json$/.test(f));
  if (!catalogFile) throw new Error('The client build did not emit the catalog JSON.');
  const shell = template.replace(cssHref[0], '');
  const pastePreloads = chunkWithImports(JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest, ANALYZER);
  rmSync(join(DIST, '.vite'), { recursive: true, force: true });

  const page = (path: string, body: string, hydration: string | null, noindex = false) => {
    // The start page's main action is the paste box: fetch its analyzer alongside the app, not after it.
    const preloads = path === '/' ? pastePreloads.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`).join('\n    ') : '';
    const meta = pageMeta(catalog, path);
    const head = headTags({
      title: meta.title,
      description: meta.description,
      canonical: `${siteUrl}${base}${path.slice(1)}`,
      image: `${siteUrl}${base}og-image.png`,
      siteName: PRODUCT,
      css,
      catalogUrl: `${base}assets/${catalogFile}`,
      noindex,
    });
    const data = hydration
      ? `<script type="application/json" id="router-hydration-data">${hydration.replace(/</g, '\\u003c')}</script>\n    `
      : '';
    return shell
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
      .replace('<!--app-head-->', preloads ? `${head}\n    ${preloads}` : head)
      .replace('<!--app-html-->', body)
      .replace('<script type="module"', `${data}<script type="module"`);
  };

  const pages = sitePages(catalog);
  for (const { path } of pages) {
    const rendered = await renderer.render(path, catalog);
    if (rendered.status !== 200) throw new Error(`Prerendering ${path} answered ${rendered.status}, expected 200.`);
    write(path === '/' ? 'index.html' : `${path.slice(1)}/index.html`, page(path, rendered.html, rendered.hydration));
  }
  const notFound = await renderer.render(NOT_FOUND_PROBE, catalog);
  if (notFound.status !== 404) throw new Error(`The not-found page answered ${notFound.status}, expected 404.`);
  write('404.html', page(NOT_FOUND_PROBE, notFound.html, null, true));
  write('sitemap.xml', sitemap(pages));
  write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`);
  rmSync(SSR_OUT, { recursive: true, force: true });
  console.log(`Prerendered ${pages.length} pages and 404.html into ${DIST}/ (base ${base}, site ${siteUrl}).`);
}

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
const ANALYZER = 'src/engine/analyzer/analyze.ts';

/** The built file of a module and of every chunk it imports, except the entry (already loaded). */
function chunkWithImports(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (!chunk || chunk.isEntry || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => chunkWithImports(manifest, k, seen))];
}

function sitemap(pages: SitePage[]): string {
  const urls = pages.map(
    (p) => `  <url><loc>${escapeHtml(`${siteUrl}${base}${p.path.slice(1)}`)}</loc><lastmod>${p.lastmod}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

function write(file: string, content: string) {
  const target = join(DIST, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

await main();
