// A plain static file server for the build, as a real static host behaves: `path`, `path/index.html`,
// `path.html`, else `404.html` with status 404. No SPA fallback. Used by the e2e tests and `npm run preview`.
// Usage: tsx scripts/serve.ts [--port 4173] [--dir dist] [--base /troubleshoot/]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer(options: { dir: string; port: number; base: string }): Server {
  const root = resolve(options.dir);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const file = (p: string) => existsSync(p) && statSync(p).isFile();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = (path: string, status: number) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      createReadStream(path).pipe(res);
    };
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base }).end(); // as static hosts do for a folder without its slash
      return;
    }
    if (pathname.startsWith(base)) {
      const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const target = join(root, relative);
      if (target.startsWith(root)) {
        for (const candidate of [target, join(target, 'index.html'), `${target}.html`]) {
          if (file(candidate)) return send(candidate, 200);
        }
      }
    }
    const notFound = join(root, '404.html');
    if (file(notFound)) return send(notFound, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  server.listen(options.port, '127.0.0.1');
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: process.env.BASE_PATH ?? '/' } } });
  const port = Number(values.port);
  startServer({ dir: values.dir, port, base: values.base });
  console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${values.base}`);
}
