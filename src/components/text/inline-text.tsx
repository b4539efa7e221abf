// Catalog text may mark `inline code` with backticks; everything else is plain text (never HTML).
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`');
  // An unmatched backtick leaves an even number of parts: show the text as it is.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
