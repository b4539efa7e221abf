import { describe, expect, it } from 'vitest';
import { shellWords } from './shell-words.ts';
import { cleanPastedUrl, didYouMean, echo, safeDecode } from './text.ts';

describe('shellWords', () => {
  it.each([
    [`curl -X POST 'a b' "c \\" d" e\\ f`, ['curl', '-X', 'POST', 'a b', 'c " d', 'e f']],
    ['curl \\\n  -d x \\\r\n  -H y', ['curl', '-d', 'x', '-H', 'y']],
    ['curl ^\n -d x', ['curl', '-d', 'x']],
    ['curl -d a=1 | jq .', ['curl', '-d', 'a=1']],
    ["curl $'x y' 'unclosed", ['curl', 'x y', 'unclosed']],
    ['curl -d "a=1&b=2" && echo done', ['curl', '-d', 'a=1&b=2']],
  ])('%j', (command, words) => {
    expect(shellWords(command)).toEqual(words);
  });
});

describe('cleanPastedUrl', () => {
  it.each([
    [
      '  `https://a.example/x`  ',
      { url: 'https://a.example/x', trimmed: true, unwrapped: true, innerWhitespace: false, innerQuotes: false },
    ],
    [
      '"https://a.example/x?a=1\n&b=2"',
      { url: 'https://a.example/x?a=1&b=2', trimmed: false, unwrapped: true, innerWhitespace: true, innerQuotes: false },
    ],
    [
      '<https://a.example/x?a="1">',
      { url: 'https://a.example/x?a=1', trimmed: false, unwrapped: true, innerWhitespace: false, innerQuotes: true },
    ],
    ['https://a.example/x', { url: 'https://a.example/x', trimmed: false, unwrapped: false, innerWhitespace: false, innerQuotes: false }],
  ])('%j', (input, cleaned) => {
    expect(cleanPastedUrl(input)).toEqual(cleaned);
  });

  it('keeps inner quotes when asked', () => {
    expect(cleanPastedUrl("https://a.example/it's", true).url).toBe("https://a.example/it's");
  });
});

describe('didYouMean / safeDecode / echo', () => {
  it.each([
    ['aplication_id', ['application_id', 'state'], 'application_id'],
    ['clientId', ['client_id', 'client_secret'], 'client_id'],
    ['foo', ['code', 'scope'], undefined],
    ['', ['code'], undefined],
  ])('didYouMean(%j) -> %s', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  it('decodes without throwing', () => {
    expect(safeDecode('a%20b')).toBe('a b');
    expect(safeDecode('%E0%A4%A')).toBeUndefined();
  });

  it('masks secrets by their parameter name when echoing', () => {
    expect(echo('client_secret', 'abc123def456')).toBe('\u2022'.repeat(8));
    expect(echo('state', 'abc')).toBe('abc');
  });
});
