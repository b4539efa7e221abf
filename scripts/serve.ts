// Serves a build the way a static host or CDN does, with sirv: `path`, `path.html` or `path/index.html`,
// else `404.html` with status 404 (no SPA fallback). The build's precompressed `.br` and `.gz` copies go
// to browsers that accept them, with ETags; hashed files (assets/, data/<hash>/) are cached for a year,
// pages are revalidated. Used by the e2e tests, `npm run preview` and `npm run bench`.
// Usage: tsx scripts/serve.ts [--port 4173] [--dir dist] [--base /troubleshoot/]
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const IMMUTABLE = /^\/(assets|data)\//;

export function startServer(options: { dir: string; port: number; base: string }): Server {
  const root = resolve(options.dir);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders: (res, pathname) =>
      res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base }).end(); // as static hosts do for a folder without its slash
      return;
    }
    if (!pathname.startsWith(base)) return notFound(root, req, res);
    req.url = `/${(req.url ?? '/').slice(base.length)}`;
    files(req, res, () => notFound(root, req, res));
  });
  server.listen(options.port, '127.0.0.1');
  return server;
}

/** The build's 404.html, compressed like every other page, with status 404. */
function notFound(root: string, req: IncomingMessage, res: ServerResponse) {
  const page = join(root, '404.html');
  if (!existsSync(page)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding =
    /\bbr\b/.test(accepts) && existsSync(`${page}.br`) ? 'br' : /\bgzip\b/.test(accepts) && existsSync(`${page}.gz`) ? 'gzip' : null;
  const file = encoding === 'br' ? `${page}.br` : encoding === 'gzip' ? `${page}.gz` : page;
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  createReadStream(file).pipe(res);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const port = Number(values.port);
  startServer({ dir: values.dir, port, base: values.base });
  console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${values.base}`);
}
