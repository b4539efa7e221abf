// Splits a shell command line into words the way sh does for the cases people paste: single and
// double quotes, backslash escapes, line continuations (\ in sh, ^ in cmd, ` in PowerShell).
// It stops at an unquoted |, ; or && (the rest is another command). Linear, never throws.

export function shellWords(command: string): string[] {
  const text = command.replace(/(?:\\|\^|`)\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      end();
      i++;
    } else if (c === "'" || (c === '$' && text.charAt(i + 1) === "'")) {
      const open = c === '$' ? i + 2 : i + 1;
      const close = text.indexOf("'", open);
      word += close === -1 ? text.slice(open) : text.slice(open, close);
      inWord = true;
      i = close === -1 ? text.length : close + 1;
    } else if (c === '"') {
      i++;
      while (i < text.length && text.charAt(i) !== '"') {
        if (text.charAt(i) === '\\' && /["\\$`]/.test(text.charAt(i + 1))) i++;
        word += text.charAt(i);
        i++;
      }
      inWord = true;
      i++;
    } else if (c === '\\') {
      word += text.charAt(i + 1);
      inWord = true;
      i += 2;
    } else if (!inWord && (c === '|' || c === ';' || (c === '&' && text.charAt(i + 1) === '&'))) {
      break;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  end();
  return words;
}
