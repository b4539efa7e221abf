// @vitest-environment jsdom
// Each node link's accessible name must contain its visible text, word for word (WCAG 2.5.3, axe's
// label-content-name-mismatch): the drawing shows the kind and the wrapped title, the name says both.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../../catalog/catalog.json';
import { Catalog } from '../../catalog/schema.ts';
import { layoutMap } from '../../engine/map-layout.ts';
import { MapDiagram } from './map-diagram.tsx';

const catalog = Catalog.parse(fixture);
afterEach(cleanup);

/** Words as axe compares them: parentheticals dropped, punctuation as spaces, lower case. */
function words(text: string): string[] {
  let t = text.normalize('NFKD');
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(/\([^()]*\)/g, '');
  }
  return t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}
const containsInOrder = (name: string[], shown: string[]) => name.some((_, i) => shown.every((w, j) => name[i + j] === w));

describe('the decision map diagram', () => {
  it('names every node with its visible text (kind and title), then its state', () => {
    const layout = layoutMap(catalog);
    const here = layout.nodes.find((n) => n.kind === 'question')?.id ?? '';
    const { container } = render(
      <MapDiagram
        layout={layout}
        link={(id) => ({ href: `/x/${id}`, path: `/x/${id}` })}
        onFollow={() => undefined}
        trailNodes={new Set()}
        trailEdges={new Set()}
        current={here}
        outlineId="outline"
      />,
    );
    const links = [...container.querySelectorAll('a[data-node]')];
    expect(links.length).toBe(layout.nodes.length);
    for (const link of links) {
      const name = link.getAttribute('aria-label') ?? '';
      const shown = link.textContent ?? '';
      expect(containsInOrder(words(name), words(shown)), `${name} / ${shown}`).toBe(true);
    }
    expect(container.querySelector(`a[data-node="${here}"]`)?.getAttribute('aria-label')).toMatch(/^Question: .+ \(where you came from\)$/);
  });
});
