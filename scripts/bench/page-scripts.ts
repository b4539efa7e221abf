// Scripts installed with addInitScript (they run before any of the page's own, CSP or not) and the
// reader of what they record. Plain JavaScript strings, so no compiler helper leaks into the page.
// Every time is performance.now() in the page: milliseconds since navigation start.
import type { Page } from '@playwright/test';

/** Records LCP candidates, FCP and the moment <html data-ready="true"> is set (the app is hydrated). */
export const PAINT_OBSERVER = `(() => {
  const state = { lcp: [], fcp: null, readyAt: null, firstMatchAt: null };
  Object.defineProperty(window, '__bench', { value: state });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      const text = el ? (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) : '';
      state.lcp.push({ time: e.startTime, size: e.size, element: el ? el.tagName.toLowerCase() + (text ? ' "' + text + '"' : '') : '(removed)' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const ready = new MutationObserver(() => {
    if (state.readyAt === null && document.documentElement && document.documentElement.dataset.ready === 'true') {
      state.readyAt = performance.now();
      ready.disconnect();
    }
  });
  ready.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

/**
 * For the paste box: records when a text box whose accessible name contains "Paste" first exists, the first
 * input event, and the first moment a link exists inside a list whose accessible name contains "Matches".
 * The box is kept in window.__benchBox, so the paste can focus it with a plain evaluate: the first use of a
 * Playwright locator injects Playwright's own script into the page, which under 4x CPU costs about a second.
 * Install after PAINT_OBSERVER (it shares its state).
 */
export const PASTE_OBSERVER = `(() => {
  const state = window.__bench;
  Object.assign(state, { boxAt: null, inputAt: null, lastInputAt: null });
  const text = (id) => { const n = document.getElementById(id); return n ? n.textContent || '' : ''; };
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    if (ids.length) return ids.map(text).join(' ');
    const labels = el.labels ? Array.from(el.labels).map((l) => l.textContent || '').join(' ') : '';
    return labels || el.getAttribute('placeholder') || el.getAttribute('title') || '';
  };
  const check = () => {
    if (state.boxAt === null || !window.__benchBox.isConnected) {
      for (const box of document.querySelectorAll('textarea, input, [role="textbox"]')) {
        if (/paste/i.test(nameOf(box))) {
          if (state.boxAt === null) state.boxAt = performance.now();
          window.__benchBox = box;
          break;
        }
      }
    }
    if (state.firstMatchAt === null) {
      for (const list of document.querySelectorAll('ul, ol, [role="list"]')) {
        if (/\\bmatches\\b/i.test(nameOf(list)) && list.querySelector('a[href]')) { state.firstMatchAt = performance.now(); break; }
      }
    }
    if (state.boxAt !== null && state.firstMatchAt !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'aria-labelledby', 'href', 'for', 'id'] });
  document.addEventListener('input', () => {
    state.lastInputAt = performance.now();
    if (state.inputAt === null) state.inputAt = state.lastInputAt;
  }, true);
})();`;

export interface BenchState {
  lcp: Array<{ time: number; size: number; element: string }>;
  fcp: number | null;
  readyAt: number | null;
  firstMatchAt: number | null;
  /** PASTE_OBSERVER only: the paste box first exists / first and latest input event. */
  boxAt: number | null;
  inputAt: number | null;
  lastInputAt: number | null;
}

/** The state the init scripts recorded (a plain object they built: no other shape can come back). */
export async function readBenchState(page: Page): Promise<BenchState> {
  const state = (await page.evaluate('window.__bench ? { ...window.__bench } : null')) as BenchState | null;
  if (!state) throw new Error('The page has no benchmark state: the init script did not run.');
  return state;
}
