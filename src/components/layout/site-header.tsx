import type { FormEvent } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { paths } from '../../engine/paths.ts';
import { PRODUCT } from '../../engine/page-meta.ts';
import { parseTrail } from '../../engine/trail.ts';
import { useTrailParam } from '../use-trail-param.ts';

/**
 * Product name, the search box and the main links. The search box is a plain GET form to /search, so it
 * works before (or without) JavaScript; with JavaScript it masks secret-shaped values before the query
 * goes into the URL and navigates client-side. The Map link carries the reader's trail, so the map can
 * highlight the way they came.
 */
export function SiteHeader() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const rawTrail = useTrailParam();
  const onNodePage = /^\/(question|scenario)\//.test(pathname);
  const trail = onNodePage && rawTrail !== null ? parseTrail(rawTrail) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get('q');
    void import('../../engine/search-query.ts').then(({ safeQuery }) => {
      const safe = safeQuery(typeof typed === 'string' ? typed : '');
      // The search page says so when something was masked (it only ever sees the masked text).
      void navigate(paths.search(safe.text), { state: safe.masked ? { masked: true } : null });
    });
  };

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="brand" to={paths.home()}>
          {PRODUCT}
        </Link>
        <form
          className="site-search"
          role="search"
          aria-label="Site"
          action={`${import.meta.env.BASE_URL}search`}
          method="get"
          onSubmit={submit}
        >
          <label htmlFor="site-search-input" className="visually-hidden">
            Search errors and fixes
          </label>
          <input
            id="site-search-input"
            name="q"
            type="search"
            placeholder="Search: MD5101, invalid_grant…"
            autoComplete="off"
            maxLength={200}
          />
          <button type="submit">Search</button>
        </form>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <NavLink to={paths.home()} end>
                Start
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.errors()}>Error index</NavLink>
            </li>
            <li>
              <NavLink to={paths.map(trail ?? undefined)}>Map</NavLink>
            </li>
            <li>
              <NavLink to={paths.tool('consent-url')}>Tools</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
