// The frame of every page: header, main, footer; moves focus to the new heading after navigation and
// announces the new page to screen readers. Nothing here waits for data: the page's own data comes with
// its route, so hydration renders exactly the prerendered HTML.
import { useEffect, useRef, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router';
import { SiteFooter } from '../components/layout/site-footer.tsx';
import { SiteHeader } from '../components/layout/site-header.tsx';
import { PAGE_HEADING_ID } from '../components/layout/page-heading.tsx';
import { PRODUCT } from '../engine/page-meta.ts';
import { isPageData } from './page-data.ts';

export function Layout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter version={__CATALOG_VERSION__} reviewed={__CATALOG_REVIEWED__} />
      <RouteChange />
      <ScrollRestoration />
    </>
  );
}

/** The title of the current page, from its data; pages without data (errors) take their heading's text. */
function usePageTitle(): string | null {
  const leaf = useMatches().at(-1)?.data;
  return isPageData(leaf) ? leaf.meta.title : null;
}

/** After a client-side navigation: set the title, focus the new h1, announce the page. Not on first load. */
function RouteChange() {
  const location = useLocation();
  const title = usePageTitle();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const heading = document.getElementById(PAGE_HEADING_ID);
    const headingText = heading?.textContent ?? '';
    if (first.current) {
      first.current = false;
      document.documentElement.dataset.ready = 'true'; // hydrated: tests and scripts wait for it
      return;
    }
    document.title = title ?? (headingText ? `${headingText} · ${PRODUCT}` : PRODUCT);
    heading?.focus();
    setAnnouncement(headingText || document.title);
  }, [title, location.pathname, location.search]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
