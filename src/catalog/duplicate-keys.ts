// JSON.parse keeps the last of two equal keys without a word, so two nodes with one id would silently
// collapse into one. This scanner reads the raw text and reports every repeated key with its path.
import { jsonPath, type Problem } from './integrity.ts';

export function findDuplicateKeys(text: string): Problem[] {
  const problems: Problem[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      for (ws(); text[i] !== '}' && i < text.length; ws()) {
        const key = str();
        if (keys.has(key)) {
          problems.push({
            path: jsonPath([...path, key]),
            message: `key "${key}" appears twice in the same object; ids must be unique. Rename or merge one of them.`,
          });
        }
        keys.add(key);
        ws();
        i++; // colon
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '[') {
      i++;
      for (let n = 0; ws(), text[i] !== ']' && i < text.length; n++) {
        value([...path, n]);
        ws();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !',}] \t\n\r'.includes(text[i] as string)) i++;
    }
  };
  try {
    JSON.parse(text);
  } catch {
    return problems; // not JSON at all: the caller reports the parse error
  }
  value([]);
  return problems;
}
