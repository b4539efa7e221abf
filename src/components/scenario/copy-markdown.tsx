import { useState } from 'react';

/** Copies the scenario as Markdown; where the clipboard is refused, shows the text to copy by hand. */
export function CopyMarkdown({ build }: { build: () => string }) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async () => {
    const text = build();
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus('Copied as Markdown.');
    } catch {
      setFallback(text);
      setStatus('Your browser did not allow copying: select the text below and copy it.');
    }
  };
  return (
    <div className="copy-markdown">
      <button type="button" onClick={() => void copy()}>
        Copy as Markdown
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <p className="status" role="status">
        {status}
      </p>
      {fallback !== null ? (
        <label className="fallback">
          Markdown
          <textarea readOnly value={fallback} rows={12} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
