import { describe, expect, it } from 'vitest';
import fixture from '../testing/fixture-catalog.json' with { type: 'json' };
import type { Catalog } from '../catalog/schema.ts';
import { navFor, scenarioMarkdown } from './markdown.ts';

const catalog = fixture as Catalog;
const md1000 = catalog.nodes.md1000;
if (md1000?.kind !== 'scenario') throw new Error('fixture');

describe('copy as Markdown', () => {
  const text = scenarioMarkdown(md1000, {
    url: 'https://help.example/scenario/md1000',
    console: 'solution-provider-portal',
    ticked: new Set(['draft']),
    trail: ['Which code? MD1000'],
  });

  it.each([
    '# Draft app in the production flow',
    'Source: https://help.example/scenario/md1000',
    '## How we got here\n\n- Which code? MD1000',
    '1. Append `&version=beta` to the consent URL.',
    '2. Open your app.\n   - Solution Provider Portal: Apps > Develop Apps Console > Edit App',
    '- [ ] The URL ends with &version=beta',
    '- [x] The app is Draft',
    '- Authorization errors: https://developer-docs.amazon.com/sp-api/docs/authorization-errors',
    'Last reviewed: 2026-01-15',
  ])('contains %j', (part) => {
    expect(text).toContain(part);
  });

  it('shows only the chosen console, or every console for "all"', () => {
    expect(text).not.toContain('Seller Central:');
    const nav = md1000.steps[1]?.nav;
    expect(navFor(nav, 'all').map((n) => n.console)).toEqual(['seller-central', 'solution-provider-portal']);
    expect(navFor(nav, 'vendor-central')).toEqual([]);
  });
});
