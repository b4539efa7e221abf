// Mount or hydrate, nothing else.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type HydrationState } from 'react-router';
import { BASENAME, HYDRATION_DATA_ID } from './app/basename.ts';
import { createQueryClient, Providers } from './app/providers.tsx';
import { createRoutes } from './app/routes.tsx';
import './styles.css';

async function start() {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const hydrationData = readHydrationData();
  // Lazy route modules (tools, map, search) must be loaded before hydrating, or the first render differs.
  const lazyMatches = matchRoutes(routes, window.location, BASENAME)?.filter((m) => typeof m.route.lazy === 'function') ?? [];
  await Promise.all(
    lazyMatches.map(async (m) => {
      const lazy = m.route.lazy;
      if (typeof lazy === 'function') Object.assign(m.route, { ...(await lazy()), lazy: undefined });
    }),
  );
  const router = createBrowserRouter(routes, { basename: BASENAME, ...(hydrationData ? { hydrationData } : {}) });
  const app = (
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>
  );
  const container = document.getElementById('root') as HTMLElement;
  if (hydrationData) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

/** Prerendered pages carry their router state in a JSON block (not an inline script: the CSP forbids those). */
function readHydrationData(): HydrationState | undefined {
  const text = document.getElementById(HYDRATION_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as HydrationState;
  } catch {
    return undefined;
  }
}

void start();
