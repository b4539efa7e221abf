// @vitest-environment jsdom
// A prerendered page holds exactly what the catalog says, whatever characters the catalog uses: text
// that looks like a replacement pattern ($&, $') or like markup (</script>, <!--) cannot corrupt it.
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../src/catalog/load-file.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import { render } from '../src/entry-server.tsx';
import { HYDRATION_DATA_ID } from '../src/engine/page-data.ts';
import { pageHtml, splice } from './page-html.ts';

const HOSTILE = `Costs $5 $& more $' than </script><script>alert(1)</script> <!-- a comment --> & "quotes"`;
const SHELL = `<!doctype html><html><head><title>x</title><!--app-head--></head><body><div id="root"><!--app-html--></div><script type="module" crossorigin src="/assets/index.js"></script></body></html>`;

function hostileCatalog(): Catalog {
  const catalog = structuredClone(loadCatalogFile());
  const scenario = catalog.nodes['md5101'];
  if (scenario?.kind !== 'scenario') throw new Error('the catalog has no md5101 scenario');
  scenario.title = HOSTILE;
  scenario.cause = HOSTILE;
  return catalog;
}

describe('assembling a page', () => {
  it('splices content by position, so replacement patterns stay literal', () => {
    expect(splice('a<!--x-->b', '<!--x-->', "$& $' $` $$")).toBe("a$& $' $` $$b");
    expect(() => splice('ab', '<!--x-->', 'c')).toThrow(/no <!--x-->/);
  });

  it('keeps hostile catalog text intact in the HTML and in the hydration data', async () => {
    const rendered = await render('/scenario/md5101', hostileCatalog());
    expect(rendered.status).toBe(200);
    const html = pageHtml(SHELL, {
      title: HOSTILE,
      head: '<meta name="x" content="y">',
      body: rendered.html,
      hydration: rendered.hydration,
    });

    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe(HOSTILE);
    expect(doc.querySelector('h1')?.textContent).toContain(HOSTILE);
    // Only the two scripts the template has: the data block and the app. The payload's script is text.
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'));
    expect(scripts).toEqual(['application/json', 'module']);
    expect(doc.querySelector('meta[name="x"]')).not.toBeNull();

    // The browser parses the block as main.tsx does: JSON.parse twice, as React Router's inline script would.
    const block = doc.getElementById(HYDRATION_DATA_ID)?.textContent ?? '';
    expect(block).not.toMatch(/<|>/);
    const state = JSON.parse(JSON.parse(block) as string) as { loaderData: { scenario: { scenario: { title: string; cause: string } } } };
    expect(state.loaderData.scenario.scenario.title).toBe(HOSTILE);
    expect(state.loaderData.scenario.scenario.cause).toBe(HOSTILE);
  });

  it('writes no hydration block for a page without router state', () => {
    const html = pageHtml(SHELL, { title: 't', head: '', body: '<p>x</p>', hydration: '' });
    expect(html).not.toContain(HYDRATION_DATA_ID);
  });
});
