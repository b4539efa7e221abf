// The frame of every page: header, main, footer; moves focus to the new heading after navigation and
// announces the new page to screen readers.
import { Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SiteFooter } from '../components/layout/site-footer.tsx';
import { SiteHeader } from '../components/layout/site-header.tsx';
import { PAGE_HEADING_ID } from '../components/layout/page-heading.tsx';
import { pageMeta } from '../engine/page-meta.ts';
import { useCatalog } from './catalog-query.ts';
import { CatalogStatus } from './catalog-status.tsx';

export function Layout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <CatalogStatus />
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <Suspense fallback={<SiteFooter />}>
        <CatalogFooter />
      </Suspense>
      <Suspense fallback={null}>
        <RouteChange />
      </Suspense>
      <ScrollRestoration />
    </>
  );
}

function CatalogFooter() {
  const catalog = useCatalog();
  return <SiteFooter version={catalog.version} reviewed={catalog.reviewed} />;
}

/** After a client-side navigation: set the title, focus the new h1, announce the page. Not on first load. */
function RouteChange() {
  const catalog = useCatalog();
  const location = useLocation();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const heading = document.getElementById(PAGE_HEADING_ID);
    const title = heading?.textContent ?? pageMeta(catalog, location.pathname).title;
    document.title = pageMeta(catalog, location.pathname).title;
    if (first.current) {
      first.current = false;
      document.documentElement.dataset.ready = 'true'; // hydrated with the catalog: tests and scripts wait for it
      return;
    }
    heading?.focus();
    setAnnouncement(title);
  }, [catalog, location.pathname, location.search]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
