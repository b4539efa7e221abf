import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, safeQuery } from './search-query.ts';

describe('safeQuery: what of a typed query may go into the URL', () => {
  it.each([
    ['MD5101', 'MD5101', false],
    ['  invalid_grant refresh  ', 'invalid_grant refresh', false],
    ['Atzr|IwEBIExampleRefreshTokenValue123456789', 'Atzr|••••••••', true],
    ['invalid_grant Atzr|IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6aB1 refresh', 'invalid_grant Atzr|•••••••• refresh', true],
    ['Atza|IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6', 'Atza|••••••••', true],
    ['Atzr%7CIwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6', 'Atzr%7C••••••••', true],
    ['amzn1.oa2-cs.v1.3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c', 'amzn1.oa2-cs.v1.••••••••', true],
    ['client_secret=abc123def456ghi789jkl012mno345pqr678', 'client_secret=••••••••', true],
  ])('%j becomes %j (masked: %s)', (typed, text, masked) => {
    expect(safeQuery(typed)).toEqual({ text, masked });
  });

  it('is idempotent and caps the length', () => {
    const once = safeQuery('Atzr|IwEBIJk7yZ5pQ3mX9vL2nR8sT4uW6').text;
    expect(safeQuery(once)).toEqual({ text: once, masked: false });
    expect(safeQuery('x'.repeat(1000)).text).toHaveLength(MAX_QUERY_LENGTH);
  });
});
