// For the few places a <Link> cannot go (links inside SVG, URLs written with history.replaceState):
// turns a path from paths.* into an href under the site's base path.
import { useCallback } from 'react';
import { useHref } from 'react-router';

export function useSiteHref(): (path: string) => string {
  const prefix = useHref('/').replace(/\/$/, '');
  return useCallback((path: string) => prefix + path, [prefix]);
}
