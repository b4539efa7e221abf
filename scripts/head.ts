// The <head> additions of one prerendered page: title, description, canonical, share cards, CSP.
import { createHash } from 'node:crypto';

export interface HeadInput {
  title: string;
  description: string;
  /** Absolute canonical URL (no query string). */
  canonical: string;
  /** Absolute URL of the share image. */
  image: string;
  siteName: string;
  /** Inline CSS (its hash goes into the CSP). */
  css: string;
  /** Data files the page's features fetch after hydration (the whole catalog on the start page), preloaded. */
  preloadJson?: string[];
  /** Module chunks the page will import early (the paste analyzer on the start page), preloaded. */
  preloadModules?: string[];
  noindex?: boolean;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function cspFor(css: string): string {
  const styleHash = createHash('sha256').update(css).digest('base64');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function headTags(h: HeadInput): string {
  const e = escapeHtml;
  return [
    `<meta http-equiv="Content-Security-Policy" content="${e(cspFor(h.css))}">`,
    `<meta name="referrer" content="no-referrer">`,
    `<meta name="description" content="${e(h.description)}">`,
    h.noindex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${e(h.canonical)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${e(h.siteName)}">`,
    `<meta property="og:title" content="${e(h.title)}">`,
    `<meta property="og:description" content="${e(h.description)}">`,
    `<meta property="og:url" content="${e(h.canonical)}">`,
    `<meta property="og:image" content="${e(h.image)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${e(h.title)}">`,
    `<meta name="twitter:description" content="${e(h.description)}">`,
    `<meta name="twitter:image" content="${e(h.image)}">`,
    ...(h.preloadJson ?? []).map(
      (url) => `<link rel="preload" href="${e(url)}" as="fetch" type="application/json" crossorigin="anonymous">`,
    ),
    ...(h.preloadModules ?? []).map((url) => `<link rel="modulepreload" crossorigin href="${e(url)}">`),
    `<style>${h.css}</style>`,
  ].join('\n    ');
}
