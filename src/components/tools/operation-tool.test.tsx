// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { OperationTool } from './operation-tool.tsx';

/** The first check waits for the on-demand chunk, which a busy machine transforms slowly. */
const LOAD = { timeout: 15000 };
const titles: Record<string, string> = {
  'restricted-data-token': 'Restricted Data Token needed',
  'vendor-seller-mismatch': 'Vendor API with a seller authorization',
};

function setup(op?: string) {
  render(
    <MemoryRouter>
      <OperationTool initial={op ? { op } : {}} scenarioTitle={(id) => titles[id]} />
    </MemoryRouter>,
  );
  return screen.getByRole('textbox', { name: 'Operation, request or type' });
}

afterEach(cleanup);

describe('the operation checker view', () => {
  it('loads the data on demand and shows facts with their sources and findings with scenario links', async () => {
    const box = setup();
    fireEvent.change(box, {
      target: { value: 'GET https://sellingpartnerapi-eu.amazon.com/orders/v0/orders/123-4567890-1234567/address' },
    });
    const findings = await screen.findByRole('list', { name: 'Findings' }, LOAD);
    const restricted = within(findings).getByRole('listitem', { name: /getOrderAddress is a restricted operation/ });
    expect(within(restricted).getByRole('link', { name: /Read: Restricted Data Token needed/ })).toHaveAttribute(
      'href',
      '/scenario/restricted-data-token',
    );
    const facts = document.querySelector('.operation-facts');
    expect(facts?.querySelector('[data-fact="operation"]')?.textContent).toContain('GET /orders/v0/orders/{orderId}/address');
    const roles = facts?.querySelector('[data-fact="roles"]');
    expect(roles?.textContent).toContain('Not in our data');
    expect(roles?.querySelector('a')?.getAttribute('href')).toBe('https://developer-docs.amazon.com/sp-api/docs/role-mappings');
    for (const row of facts?.querySelectorAll('[data-fact]') ?? []) expect(row.querySelector('a[href^="https://"]')).not.toBeNull();
  }, 20000);

  it('a typo offers the nearest name, and picking it checks that operation', async () => {
    const box = setup();
    fireEvent.change(box, { target: { value: 'createRestrictedDataTokn' } });
    const choices = await screen.findByRole('list', { name: 'Did you mean' }, LOAD);
    fireEvent.click(within(choices).getByRole('button', { name: 'createRestrictedDataToken' }));
    expect(box).toHaveValue('createRestrictedDataToken');
    expect(await screen.findByText(/Tokens API v2021-03-01/, {}, LOAD)).toBeInTheDocument();
  }, 20000);

  it("starts from a shared link's operation", async () => {
    setup('getOrder@vendorDirectFulfillmentOrdersV1');
    const findings = await screen.findByRole('list', { name: 'Findings' }, LOAD);
    expect(within(findings).getByRole('listitem', { name: /getOrder is a vendor API/ })).toBeInTheDocument();
  }, 20000);
});
