// Lazy route module: /search?q=. This chunk (with MiniSearch) loads only when search is used.
// The query is read from the URL only after hydration (the prerendered page has none). Typing rewrites
// the URL in place (history.replaceState, debounced): no history entry per keystroke, and no router
// navigation, which would move focus to the heading while the reader types.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SearchPage } from '../../components/search/search-page.tsx';
import { safeQuery } from '../../engine/search-query.ts';
import { useSiteHref } from '../../components/search/use-site-href.ts';
import { useHydrated } from '../../components/use-hydrated.ts';
import { paths } from '../../engine/paths.ts';
import { createSearch } from '../../engine/search.ts';
import { useCatalog } from '../data.ts';

const SETTLE_MS = 200;

export function Component() {
  const hydrated = useHydrated();
  const { catalog, failed, retry } = useCatalog(hydrated);
  const { key, state } = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const siteHref = useSiteHref();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // What the reader typed since the last navigation; a navigation (header search, back) resets it to the URL.
  const [local, setLocal] = useState<{ key: string; text: string; settled: string } | null>(null);

  const fromUrl = safeQuery(hydrated ? (params.get('q') ?? '') : '');
  const active = local?.key === key ? local : null;
  const searched = active ? active.settled : fromUrl.text;
  const engine = useMemo(() => (catalog ? createSearch(catalog) : null), [catalog]);
  const hits = useMemo(() => (engine && searched ? engine.search(searched) : null), [engine, searched]);

  // A query that reached the URL unmasked (a search submitted before JavaScript ran) is masked in place.
  useEffect(() => {
    if (fromUrl.masked) void navigate(paths.search(fromUrl.text), { replace: true, state: { masked: true } });
  }, [fromUrl.masked, fromUrl.text, navigate]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const settle = (text: string) => {
    const safe = safeQuery(text);
    setLocal((l) => (l?.key === key ? { ...l, settled: safe.text } : l));
    window.history.replaceState(window.history.state, '', siteHref(paths.search(safe.text)));
  };
  const change = (text: string) => {
    setLocal({ key, text, settled: searched });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => settle(text), SETTLE_MS);
  };
  const submit = () => {
    clearTimeout(timer.current);
    settle(active ? active.text : fromUrl.text);
  };

  const query = active ? active.text : fromUrl.text;
  return (
    <SearchPage
      query={query}
      searched={searched}
      hits={hits}
      masked={active ? safeQuery(active.text).masked : fromUrl.masked || (hydrated && maskedOnTheWay(state))}
      action={siteHref(paths.search())}
      onQueryChange={change}
      onSubmit={submit}
      failed={failed}
      onRetry={retry}
    />
  );
}

/** The header masked a secret before navigating here. */
const maskedOnTheWay = (state: unknown) => typeof state === 'object' && state !== null && 'masked' in state && state.masked === true;
