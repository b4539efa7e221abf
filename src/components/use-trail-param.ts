// The raw `?trail=` value, once hydrated. Prerendered HTML has no query string, so while React hydrates
// this is null, and the first client render matches the HTML (see use-hydrated.ts).
import { useSearchParams } from 'react-router';
import { TRAIL_PARAM } from '../engine/trail.ts';
import { useHydrated } from './use-hydrated.ts';

export function useTrailParam(): string | null {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  return hydrated ? params.get(TRAIL_PARAM) : null;
}
