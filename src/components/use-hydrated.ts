// False while React hydrates prerendered HTML (and on the server), true afterwards. Prerendered pages
// carry no query string, so anything read from it (trail, search query, tool input) must wait for this,
// or the first client render would differ from the HTML.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
