// The "physical limit" page for the LCP comparison: the same prerendered HTML and inline CSS with every
// script removed (module entry, JSON data blocks), every module preload and the catalog fetch preload.

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>\s*/gi;
const LINK = /<link\b[^>]*>\s*/gi;

const isRemovedLink = (tag: string): boolean =>
  /\brel\s*=\s*["']?modulepreload\b/i.test(tag) || (/\brel\s*=\s*["']?preload\b/i.test(tag) && /\bas\s*=\s*["']?fetch\b/i.test(tag));

export function stripScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(LINK, (tag) => (isRemovedLink(tag) ? '' : tag));
}
