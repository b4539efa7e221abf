// Mount or hydrate, nothing else. A prerendered page carries its router state (its page's data) in a JSON
// block, written by React Router's own serializer; hydration therefore renders from the HTML's own data,
// fetches nothing and never suspends.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type ErrorInfo } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { BASENAME } from './app/basename.ts';
import { browserSource, pageQuery } from './app/data.ts';
import { isPageData } from './app/page-data.ts';
import { createQueryClient, Providers } from './app/providers.tsx';
import { createRoutes } from './app/routes.tsx';
import { HYDRATION_DATA_ID } from './engine/page-data.ts';
import './styles.css';

declare global {
  interface Window {
    /** Where React Router's browser router looks for the prerendered state (and revives its errors). */
    __staticRouterHydrationData?: { loaderData?: Record<string, unknown> };
  }
}

async function start() {
  const queryClient = createQueryClient();
  const routes = createRoutes(browserSource(queryClient));
  const hydrating = readHydrationData();
  // Lazy route modules (tools, map, search) must be loaded before hydrating, or the first render differs.
  const matches = matchRoutes(routes, window.location, BASENAME) ?? [];
  await Promise.all(
    matches.map(async (m) => {
      const lazy = m.route.lazy;
      if (typeof lazy === 'function') Object.assign(m.route, { ...(await lazy()), lazy: undefined });
    }),
  );
  // The page's data is already here: keep it, so coming back to this page later fetches nothing.
  const path = sitePath(window.location.pathname);
  for (const value of Object.values(window.__staticRouterHydrationData?.loaderData ?? {})) {
    if (isPageData(value)) queryClient.setQueryData(pageQuery(path).queryKey, value);
  }
  const router = createBrowserRouter(routes, { basename: BASENAME });
  const app = (
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>
  );
  const container = document.getElementById('root') as HTMLElement;
  if (hydrating) hydrateRoot(container, app, { onRecoverableError: recordRecoverableError });
  else createRoot(container).render(app);
}

/**
 * Sets `window.__staticRouterHydrationData` from the page's JSON block (an inline script would break the
 * CSP). The block holds the JSON string literal React Router's StaticRouterProvider would have put in its
 * inline script, so it is parsed the same way: JSON.parse twice. Returns whether there was state.
 */
function readHydrationData(): boolean {
  const text = document.getElementById(HYDRATION_DATA_ID)?.textContent;
  if (!text) return false;
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'string') return false;
    window.__staticRouterHydrationData = JSON.parse(json) as Window['__staticRouterHydrationData'];
    return true;
  } catch {
    return false;
  }
}

/**
 * React recovered from an error while hydrating, usually by throwing the server HTML away and rendering
 * on the client. That must never happen: count it where tests can read it, and report it.
 */
function recordRecoverableError(error: unknown, info: ErrorInfo) {
  const root = document.documentElement;
  root.dataset.recoverableErrors = String(Number(root.dataset.recoverableErrors ?? '0') + 1);
  console.error('Recoverable hydration error:', error, info.componentStack ?? '');
}

/** The path relative to the site base, as the build named the page's data file. */
function sitePath(pathname: string): string {
  const base = BASENAME.replace(/\/$/, '');
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.replace(/\/+$/, '') || '/';
}

void start();
