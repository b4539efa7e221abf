// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../../catalog/catalog.json';
import { Catalog, type Catalog as CatalogType } from '../../catalog/schema.ts';
import { mapCaret, PasteBox } from './paste-box.tsx';

const catalog: CatalogType = Catalog.parse(fixture);

function setup() {
  render(
    <MemoryRouter>
      <PasteBox loadRules={async () => catalog} />
    </MemoryRouter>,
  );
  return screen.getByRole('textbox', { name: /paste/i }) as HTMLTextAreaElement;
}

function paste(box: HTMLTextAreaElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
}

afterEach(cleanup);

describe('the paste box', () => {
  it('is a labelled textarea that no form submits and no spellchecker reads', () => {
    const box = setup();
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).not.toHaveAttribute('name');
    expect(box).toHaveAttribute('autocomplete', 'off');
    expect(box).toHaveAttribute('spellcheck', 'false');
    expect(box).toHaveAccessibleDescription(/nothing is sent/i);
  });

  it('shows what it recognised and the matches, best first, as links without the text', async () => {
    const box = setup();
    paste(
      box,
      'HTTP/1.1 403 Forbidden\n{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}',
    );
    const matches = await screen.findByRole('list', { name: 'Matches' });
    const links = within(matches).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', '/question/access-denied');
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/(question|scenario)\/[a-z0-9-]+$/);
    const chips = screen.getByRole('list', { name: /recognised/i });
    expect(within(chips).getByText('403')).toBeInTheDocument();
    expect(within(chips).getByText('Unauthorized')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/best: Which of these describes the denied call/);
  });

  it('masks secrets in the box and warns that nothing left the page', async () => {
    const box = setup();
    const token = 'Atzr|IwEBIJk9Zq3mQ7fLp2WcVb8XnT4yHs6Ud1Ro5Ke0Aa';
    const secret = 'amzn1.oa2-cs.v1.3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a';
    paste(
      box,
      `grant_type=refresh_token&refresh_token=${token}&client_secret=${secret}\n{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token"}`,
    );
    await waitFor(() => expect(box.value).not.toContain(token));
    expect(box.value).not.toContain(secret);
    expect(box.value).toContain('Atzr|••••••••');
    expect(await screen.findByText(/Your paste contained 2 secrets/)).toHaveTextContent(/LWA refresh token.*nothing left this page/);
    const matches = await screen.findByRole('list', { name: 'Matches' });
    expect(within(matches).getAllByRole('link')[0]).toHaveAttribute('href', '/scenario/lwa-invalid-grant-refresh');
    expect(document.body.textContent).not.toContain('IwEBIJk9Zq3m');
  });

  it('names an error that is not about authorization first, with where to look', async () => {
    const box = setup();
    paste(box, '{"errors":[{"message":"You exceeded your quota for the requested resource.","code":"QuotaExceeded"}]}');
    const matches = await screen.findByRole('list', { name: 'Matches' });
    const first = within(matches).getAllByRole('link')[0];
    expect(first).toHaveTextContent(/Not an authorization problem: 429 QuotaExceeded/);
    expect(first?.getAttribute('href')).toMatch(/^#/);
    expect(screen.getByRole('heading', { name: 'Not an authorization problem' })).toBeInTheDocument();
  });

  it('says when nothing was recognised and offers the list of symptoms', async () => {
    const box = setup();
    paste(box, 'my printer is out of paper');
    expect(await screen.findByText(/Nothing in this text was recognised/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Matches' })).toBeNull();
    expect(screen.getByRole('link', { name: /every symptom/i })).toHaveAttribute('href', '/errors');
  });
});

describe('caret after masking', () => {
  const found = [{ start: 5, end: 25, mask: 'Atzr|••••••••' }];
  it.each([
    [2, 2],
    [5, 5],
    [10, 18],
    [25, 18],
    [30, 23],
  ])('caret %i -> %i', (caret, expected) => {
    expect(mapCaret(caret, found)).toBe(expected);
  });
});
