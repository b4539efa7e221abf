import { describe, expect, it } from 'vitest';
import { editDistance, nearestIds } from './nearest.ts';

const ids = [
  'md1000',
  'md5101',
  'md5110',
  'md9010',
  'md9100',
  'access-denied',
  'token-request-500',
  'unauthorized-app-roles',
  'unauthorized-missing-role',
];

describe('nearest ids for a not-found page', () => {
  it.each([
    ['md5102', 'md5101'],
    ['md5011', 'md5101'],
    ['MD9100', 'md9100'],
    ['access-denid', 'access-denied'],
    ['token-request', 'token-request-500'],
    ['unauthorized-app-role', 'unauthorized-app-roles'],
  ])('%s suggests %s first', (wanted, expected) => {
    expect(nearestIds(wanted, ids)[0]).toBe(expected);
  });

  it('suggests nothing for text that resembles no id', () => {
    expect(nearestIds('zzzzzzzzzzzz', ids)).toEqual([]);
    expect(nearestIds('', ids)).toEqual([]);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('md5011', 'md5101')).toBe(1);
  });
});
