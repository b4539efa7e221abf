import { Link, NavLink } from 'react-router';
import { paths } from '../../engine/paths.ts';
import { PRODUCT } from '../../engine/page-meta.ts';

/** Product name, the search box (a plain GET form, so it works before JavaScript), and the main links. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="brand" to={paths.home()}>
          {PRODUCT}
        </Link>
        <form className="site-search" role="search" action={`${import.meta.env.BASE_URL}search`} method="get">
          <label htmlFor="site-search-input" className="visually-hidden">
            Search errors and fixes
          </label>
          <input id="site-search-input" name="q" type="search" placeholder="Search: MD5101, invalid_grant…" autoComplete="off" />
          <button type="submit">Search</button>
        </form>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li><NavLink to={paths.home()} end>Start</NavLink></li>
            <li><NavLink to={paths.errors()}>Error index</NavLink></li>
            <li><NavLink to={paths.map()}>Map</NavLink></li>
            <li><NavLink to={paths.tool('consent-url')}>Tools</NavLink></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
