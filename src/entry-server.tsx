// Prerenders one URL to HTML for the build script. Runs in Node; the catalog is passed in already validated.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { BASENAME } from './app/basename.ts';
import { catalogQuery } from './app/catalog-query.ts';
import { createQueryClient, Providers } from './app/providers.tsx';
import { createRoutes } from './app/routes.tsx';
import type { Catalog } from './catalog/schema.ts';

export interface Rendered {
  status: number;
  html: string;
  /** Router state for hydration, as JSON. */
  hydration: string;
  /** Set when the route redirects instead of rendering. */
  redirect?: string;
}

export async function render(path: string, catalog: Catalog): Promise<Rendered> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(catalogQuery.queryKey, catalog);
  const handler = createStaticHandler(createRoutes(queryClient), { basename: BASENAME });
  const prefix = BASENAME.replace(/\/$/, '');
  const context = await handler.query(new Request(`http://prerender.invalid${prefix}${path}`));
  if (context instanceof Response) {
    return { status: context.status, html: '', hydration: '', redirect: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </Providers>
    </StrictMode>,
  );
  const hydration = JSON.stringify({ loaderData: context.loaderData, actionData: context.actionData, errors: context.errors });
  return { status: context.statusCode, html, hydration };
}
