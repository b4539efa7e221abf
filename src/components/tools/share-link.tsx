// "Copy link to this result": the tool's path plus its inputs in the query string, offered only when
// the inputs hold no secret. The address bar is never touched; only this explicit link carries input.
import { useId, useMemo, useState } from 'react';
import { useHref } from 'react-router';
import type { ToolName } from '../../catalog/schema.ts';
import { paths } from '../../engine/paths.ts';
import { copyText } from './copy-text.ts';
import { MAX_SHARE_LENGTH, secretKinds, shareQuery } from '../../engine/tool-inputs.ts';

interface Props {
  name: ToolName;
  /** [query parameter, value] of every input; empty values are left out of the link. */
  entries: ReadonlyArray<readonly [string, string]>;
}

export function ShareLink({ name, entries }: Props) {
  const noteId = useId();
  const href = useHref(paths.tool(name));
  const query = shareQuery(entries);
  const secrets = useMemo(() => secretKinds(query === '' ? [] : [...new URLSearchParams(query).values()]), [query]);
  const [made, setMade] = useState<{ query: string; url: string; copied: boolean } | null>(null);
  const current = made?.query === query ? made : null;
  const tooLong = query.length > MAX_SHARE_LENGTH;
  const blocked = secrets.length > 0 || tooLong;

  const copy = async () => {
    const url = `${window.location.origin}${href}?${query}`;
    setMade({ query, url, copied: await copyText(url) });
  };

  if (query === '') return null;
  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()} disabled={blocked} aria-describedby={noteId}>
        Copy link to this result
      </button>
      <p id={noteId} className="share-note">
        {secrets.length > 0
          ? `This input contains a secret (${secrets.join(', ')}); links to it are not offered, so the secret never ends up in chat or browser history.`
          : tooLong
            ? 'This input is too long to share as a link.'
            : 'The link carries your input in its address, so whoever opens it sees the same result.'}
      </p>
      <p className="share-status" aria-live="polite">
        {current ? (current.copied ? 'Link copied.' : 'Your browser did not allow copying: copy the link below.') : ''}
      </p>
      {current ? (
        <label className="share-field">
          Link to this result
          <input type="text" readOnly value={current.url} onFocus={(e) => e.currentTarget.select()} autoComplete="off" spellCheck={false} />
        </label>
      ) : null}
    </div>
  );
}
