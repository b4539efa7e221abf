// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../../catalog/catalog.json';
import { Catalog, type Catalog as CatalogType } from '../../catalog/schema.ts';
import { Symptoms } from './scenario-sections.tsx';

const catalog: CatalogType = Catalog.parse(fixture);
const scenario = (id: string) => {
  const node = catalog.nodes[id];
  if (node?.kind !== 'scenario') throw new Error(`${id} is not a scenario`);
  return node;
};

afterEach(cleanup);

describe('the symptoms of a scenario', () => {
  it('show, under a quoted message, the source where that exact text was seen', () => {
    const s = scenario('access-token-expired');
    render(<Symptoms symptoms={s.symptoms} sources={s.sources} />);
    const item = screen.getByText('The access token you provided has expired.').closest('li');
    if (!item) throw new Error('no list item');
    const link = within(item).getByRole('link');
    const source = s.sources.find((x) => x.url === s.symptoms[0]?.source);
    expect(link).toHaveAttribute('href', source?.url);
    expect(link).toHaveTextContent(source?.title ?? 'missing');
    expect(within(item).getByText(/seen in/i)).toBeVisible();
  });

  it('show no source line for a symptom that quotes nothing', () => {
    const s = scenario('lwa-secret-expired');
    render(<Symptoms symptoms={s.symptoms.slice(0, 1)} sources={s.sources} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText(/seen in/i)).toBeNull();
  });
});
