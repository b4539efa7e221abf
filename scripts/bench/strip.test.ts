import { describe, expect, it } from 'vitest';
import { stripScripts } from './strip.ts';

describe('stripScripts', () => {
  it.each([
    ['a module entry', '<body><div>x</div><script type="module" crossorigin src="/assets/index.js"></script></body>', '<body><div>x</div></body>'],
    ['a JSON data block', '<script type="application/json" id="router-hydration-data">{"a":"<\\u003c/b>"}</script>\n<p>x</p>', '<p>x</p>'],
    ['a module preload', '<link rel="modulepreload" crossorigin href="/assets/a.js">\n<title>t</title>', '<title>t</title>'],
    ['the catalog fetch preload', '<link rel="preload" href="/assets/catalog.json" as="fetch" type="application/json" crossorigin="anonymous">\n<style>a{}</style>', '<style>a{}</style>'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripScripts(input)).toBe(expected);
  });

  it.each([
    ['the inline style', '<style>:root{--bg:#fff}</style>'],
    ['the icon and canonical links', '<link rel="icon" href="/favicon.svg" type="image/svg+xml" /><link rel="canonical" href="http://x/">'],
    ['the CSP and share tags', '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><meta property="og:title" content="t">'],
    ['text that mentions scripts', '<p>Use a &lt;script&gt; tag</p>'],
  ])('keeps %s', (_name, input) => {
    expect(stripScripts(input)).toBe(input);
  });
});
