// @vitest-environment jsdom
// The route table renders each kind of page from its loader's data, shows a shared trail once the
// outline is there, and answers unknown ids with the nearest matches.
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../catalog/load-file.ts';
import { outline } from '../engine/outline.ts';
import { memorySource } from '../entry-server.tsx';
import { outlineQuery } from './data.ts';
import { createQueryClient, Providers } from './providers.tsx';
import { createRoutes } from './routes.tsx';

const catalog = loadCatalogFile();

function open(url: string) {
  const queryClient = createQueryClient();
  queryClient.setQueryData(outlineQuery.queryKey, outline(catalog));
  const router = createMemoryRouter(createRoutes(memorySource(catalog)), { initialEntries: [url] });
  render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

// The first render compiles the app's modules, so the first heading may take a few seconds.
const heading = () => screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
const shown = (text: string) => text.replace(/`/g, '');

afterEach(cleanup);

describe('routes', () => {
  it('render a scenario page from its data, with its see-also links', async () => {
    const node = catalog.nodes['md5101'];
    if (node?.kind !== 'scenario') throw new Error('md5101 is not a scenario');
    open('/scenario/md5101');
    expect(await heading()).toHaveTextContent(shown(node.title));
    const related = screen.getByRole('region', { name: 'See also' });
    for (const id of node.seeAlso ?? [])
      expect(within(related).getByRole('link', { name: shown(catalog.nodes[id]?.title ?? '') })).toHaveAttribute(
        'href',
        expect.stringContaining(id),
      );
  });

  it('render a question with its answers, and the answers that led there', async () => {
    open('/question/access-denied?trail=api-error.unauthorized-empty');
    await heading();
    const trail = await screen.findByRole('navigation', { name: 'Your answers' });
    expect(within(trail).getAllByRole('link')).toHaveLength(1);
    const question = catalog.nodes['access-denied'];
    if (question?.kind !== 'question') throw new Error('access-denied is not a question');
    expect(within(screen.getByRole('list', { name: 'Answers' })).getAllByRole('link')).toHaveLength(question.answers.length);
  });

  it('render the error index and the start page from their data', async () => {
    open('/errors');
    expect(await heading()).toHaveTextContent('Error index');
    cleanup();
    open('/');
    expect(await heading()).toHaveTextContent('What do you see?');
    expect(screen.getByRole('textbox', { name: /paste/i })).toBeInTheDocument();
  });

  it('answer an unknown id with the nearest ids of its kind', async () => {
    open('/scenario/md5102');
    expect(await heading()).toHaveTextContent('There is no page for the scenario “md5102”');
    expect(within(screen.getByRole('list', { name: 'Nearest matches' })).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/scenario/md5101',
    );
  });

  it('redirect a question id asked for as a scenario', async () => {
    const router = open('/scenario/access-denied');
    await heading();
    expect(router.state.location.pathname).toBe('/question/access-denied');
  });
});
