// Saved reader state (console choice, checklist ticks) as React state that survives reloads and follows
// other tabs. The server snapshot is "nothing saved", so prerendered HTML and hydration agree.
import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => {
    if (e.storageArea === window.localStorage) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('spapi-troubleshooter:storage', onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('spapi-troubleshooter:storage', onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, blocked cookies): behave as if nothing was saved
  }
}

/** The raw saved string for `key` and a writer; parse it with the matching engine/saved-state function. */
export function useStoredString(key: string): [string | null, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const write = useCallback(
    (next: string) => {
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Storage full or disabled: the choice lasts for this page view only.
      }
      window.dispatchEvent(new Event('spapi-troubleshooter:storage'));
    },
    [key],
  );
  return [value, write];
}
