// Assembles one prerendered page from the client build's index.html. Everything is spliced in by
// position, never with String.replace patterns: catalog text may hold `$&` or `$'`, which a replacement
// string would expand.

import { HYDRATION_DATA_ID } from '../src/engine/page-data.ts';
import { escapeHtml } from './head.ts';

export interface PageParts {
  title: string;
  /** Tags for the head (already escaped). */
  head: string;
  /** The app's HTML. */
  body: string;
  /** React Router's serialized state (a JSON string literal, `<` `>` `&` escaped), or '' for none. */
  hydration: string;
}

/** Replaces the first `marker` in `html` with `content`, and fails loudly when the marker is missing. */
export function splice(html: string, marker: string, content: string): string {
  const at = html.indexOf(marker);
  if (at === -1) throw new Error(`The page template has no ${marker}.`);
  return html.slice(0, at) + content + html.slice(at + marker.length);
}

export function pageHtml(shell: string, parts: PageParts): string {
  const title = /<title>[^<]*<\/title>/.exec(shell);
  if (!title) throw new Error('The page template has no <title>.');
  // The state is a JSON string whose `<` is escaped as \u003c, so the block cannot close early.
  const data = parts.hydration ? `<script type="application/json" id="${HYDRATION_DATA_ID}">${parts.hydration}</script>\n    ` : '';
  // The template's own markers are replaced before any content goes in, so content can never hold one.
  let html = splice(shell, '<script type="module"', `${data}<script type="module"`);
  html = splice(html, title[0], `<title>${escapeHtml(parts.title)}</title>`);
  html = splice(html, '<!--app-head-->', parts.head);
  return splice(html, '<!--app-html-->', parts.body);
}
