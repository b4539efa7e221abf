// One definition of a secret: the token and secret prefixes are written out in secret-prefixes.ts only.
// Masking, search and share links that kept their own copy would drift apart, so a second copy fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFIXED_VALUE, prefixKind, SECRET_PREFIXES, STARTS_WITH_TOKEN_OR_SECRET, TOKEN_SHAPED } from './secret-prefixes.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The prefixes as they appear in a regular expression literal or source string. */
const WRITTEN_OUT = [/Atz\\\.sprdt/, /Atz\[ar\]/, /Atzr\|Aztr/, /amzn1\\\.oa2-cs/];

describe('the secret prefixes', () => {
  it('are written out in one module only', () => {
    const copies = sources('src').filter((file) => {
      if (file.endsWith('secret-prefixes.ts')) return false;
      const text = readFileSync(file, 'utf8');
      return WRITTEN_OUT.some((pattern) => pattern.test(text.replace(/^\s*(\/\/|\/\*|\*).*$/gm, '')));
    });
    expect(copies).toEqual([]);
  });

  it('recognise every kind of token and secret, with a plain or URL-encoded bar', () => {
    const text = 'Atza|x Atzr%7Cx Aztr|x Atc|x Atz.sprdt|x amzn1.oa2-cs.v1.x amzn.mws.x';
    expect([...text.matchAll(SECRET_PREFIXES)].map((m) => prefixKind(m[0]))).toEqual([
      'lwa-access-token',
      'lwa-refresh-token',
      'lwa-refresh-token',
      'grantless-token',
      'restricted-data-token',
      'lwa-client-secret',
      'mws-auth-token',
    ]);
    expect(STARTS_WITH_TOKEN_OR_SECRET.test('amzn.mws.abc')).toBe(false);
    expect('q Atzr|IwEBIabc def'.replace(PREFIXED_VALUE, '$1•')).toBe('q Atzr|• def');
    expect(TOKEN_SHAPED.test('Atzr|IwEBIExampleExample12')).toBe(true);
    expect(TOKEN_SHAPED.test('Atzr|short')).toBe(false);
  });
});
