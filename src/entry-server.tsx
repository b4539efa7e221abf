// Prerenders one URL to HTML for the build script. Runs in Node; the catalog is passed in already validated.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { BASENAME } from './app/basename.ts';
import type { DataSource } from './app/data.ts';
import { createQueryClient, Providers } from './app/providers.tsx';
import { createRoutes } from './app/routes.tsx';
import type { Catalog } from './catalog/schema.ts';
import { outline } from './engine/outline.ts';
import { pageData } from './engine/page-data.ts';

export interface Rendered {
  status: number;
  html: string;
  /**
   * Router state for hydration: the JSON string literal React Router's StaticRouterProvider serializes
   * (its errors revived on the client, `<`, `>`, `&`, U+2028 and U+2029 escaped), or '' when none.
   */
  hydration: string;
  /** Set when the route redirects instead of rendering. */
  redirect?: string;
}

/** The data a page carries, read from the catalog in memory: the same data the build writes as JSON. */
export const memorySource = (catalog: Catalog): DataSource => ({
  page: async (path) => pageData(catalog, path),
  outline: async () => outline(catalog),
});

/** StaticRouterProvider's inline script, at the end of the rendered app: `window.… = JSON.parse("…");`. */
const HYDRATION_SCRIPT = /<script>window\.__staticRouterHydrationData = JSON\.parse\(("(?:[^"\\]|\\.)*")\);<\/script>$/;

export async function render(path: string, catalog: Catalog): Promise<Rendered> {
  const handler = createStaticHandler(createRoutes(memorySource(catalog)), { basename: BASENAME });
  const prefix = BASENAME.replace(/\/$/, '');
  const context = await handler.query(new Request(`http://prerender.invalid${prefix}${path}`));
  if (context instanceof Response) {
    return { status: context.status, html: '', hydration: '', redirect: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const rendered = renderToString(
    <StrictMode>
      <Providers queryClient={createQueryClient()}>
        <StaticRouterProvider router={router} context={context} hydrate />
      </Providers>
    </StrictMode>,
  );
  // The CSP forbids inline scripts: take React Router's serialized state out of its script, for a JSON block.
  const script = HYDRATION_SCRIPT.exec(rendered);
  if (!script?.[1]) throw new Error(`Prerendering ${path}: React Router's hydration script was not where expected.`);
  return { status: context.statusCode, html: rendered.slice(0, script.index), hydration: script[1] };
}
