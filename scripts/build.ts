// npm run build: validate the catalog, write the data folder (each page's data, the outline, the whole
// catalog) under a name that is its content hash, build the client and a server entry, then prerender
// every route to its own HTML file with its head tags and its data, plus sitemap.xml, robots.txt and 404.html.
// Env: BASE_PATH (default "/"), SITE_URL (absolute origin used in canonical and share URLs),
// OUT_DIR (default "dist").
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { CatalogError, loadCatalogFile } from '../src/catalog/load-file.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import { dataFiles } from '../src/engine/data-files.ts';
import { CATALOG_FILE, RULES_FILE } from '../src/engine/page-data.ts';
import { PRODUCT, pageMeta } from '../src/engine/page-meta.ts';
import { paths } from '../src/engine/paths.ts';
import { sitePages, type SitePage } from '../src/engine/site-paths.ts';
import { compressTree } from './compress.ts';
import { escapeHtml, headTags } from './head.ts';
import { pageHtml } from './page-html.ts';

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

/** The data folder's name: a hash of every file in it, so a changed file never meets an old cache. */
function dataVersion(files: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${name}\0${text}\0`);
  return hash.digest('hex').slice(0, 12);
}

async function main() {
  const catalog = loadCatalogOrExit();
  const files = dataFiles(catalog);
  const version = dataVersion(files);
  process.env.BASE_PATH = base;
  const define = { __DATA_VERSION__: JSON.stringify(version) };
  await build({ logLevel: 'warn', define, build: { outDir: DIST, emptyOutDir: true } });
  await build({ logLevel: 'warn', define, build: { ssr: 'src/entry-server.tsx', outDir: SSR_OUT, emptyOutDir: true } });
  const renderer = (await import(pathToFileURL(join(SSR_OUT, 'entry-server.js')).href)) as Renderer;
  for (const [name, text] of files) write(`data/${version}/${name}`, text);

  const template = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cssHref = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(template);
  if (!cssHref?.[1]) throw new Error('The client build has no stylesheet link in index.html.');
  const css = readFileSync(join(DIST, cssHref[1].slice(base.length)), 'utf8');
  const shell = template.slice(0, cssHref.index) + template.slice(cssHref.index + cssHref[0].length);
  const pastePreloads = chunkWithImports(JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest, ANALYZER);
  rmSync(join(DIST, '.vite'), { recursive: true, force: true });
  const dataUrl = (file: string) => `${base}data/${version}/${file}`;

  const page = (path: string, body: string, hydration: string, noindex = false) => {
    const meta = pageMeta(catalog, path);
    const head = headTags({
      title: meta.title,
      description: meta.description,
      canonical: `${siteUrl}${base}${path.slice(1)}`,
      image: `${siteUrl}${base}og-image.png`,
      siteName: PRODUCT,
      css,
      // The start page's paste box needs the analyzer's code and rules soon after hydration, and the search
      // page the whole catalog: fetch them alongside the app, not after it.
      preloadJson: path === paths.home() ? [dataUrl(RULES_FILE)] : path === paths.search() ? [dataUrl(CATALOG_FILE)] : [],
      preloadModules: path === paths.home() ? pastePreloads.map((f) => `${base}${f}`) : [],
      noindex,
    });
    return pageHtml(shell, { title: meta.title, head, body, hydration });
  };

  const pages = sitePages(catalog);
  for (const { path } of pages) {
    const rendered = await renderer.render(path, catalog);
    if (rendered.status !== 200) throw new Error(`Prerendering ${path} answered ${rendered.status}, expected 200.`);
    write(path === '/' ? 'index.html' : `${path.slice(1)}/index.html`, page(path, rendered.html, rendered.hydration));
  }
  // 404.html renders the app afresh for whatever URL was asked (no router state), so its loaders run.
  const notFound = await renderer.render(NOT_FOUND_PROBE, catalog);
  if (notFound.status !== 404) throw new Error(`The not-found page answered ${notFound.status}, expected 404.`);
  write('404.html', page(NOT_FOUND_PROBE, notFound.html, '', true));
  write('sitemap.xml', sitemap(pages));
  write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`);
  rmSync(SSR_OUT, { recursive: true, force: true });
  const compressed = compressTree(DIST);
  console.log(
    `Prerendered ${pages.length} pages and 404.html into ${DIST}/ with ${files.size} data files in data/${version}/ ` +
      `(base ${base}, site ${siteUrl}); ${compressed} text files also as .gz and .br.`,
  );
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
