import { useId, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../engine/paths.ts';
import type { SearchHit } from '../../engine/search.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';
import { MAX_QUERY_LENGTH } from '../../engine/search-query.ts';

interface Props {
  /** What the box shows. */
  query: string;
  /** The query the results are for (settled, secret-masked); empty before any query. */
  searched: string;
  /** Null before hydration and for an empty query. */
  hits: SearchHit[] | null;
  /** A secret-shaped value was masked out of the query. */
  masked: boolean;
  /** The form's GET action, for use without JavaScript. */
  action: string;
  onQueryChange: (text: string) => void;
  onSubmit: () => void;
  /** Why the search data could not be loaded, or null. */
  failed?: string | null;
  onRetry?: () => void;
}

const EXAMPLES = ['MD5101', 'invalid_grant', '403 Unauthorized', 'Credential should be scoped'];

/** The search box, a live count of results, and the results best first. */
export function SearchPage({ query, searched, hits, masked, action, onQueryChange, onSubmit, failed = null, onRetry }: Props) {
  const inputId = useId();
  const hintId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <div className="search-page">
      <PageHeading>Search</PageHeading>
      <form className="search-form" role="search" aria-label="Troubleshooter" action={action} method="get" onSubmit={submit}>
        <label htmlFor={inputId}>Search the troubleshooter</label>
        <div className="search-form-row">
          <input
            id={inputId}
            name="q"
            type="search"
            value={query}
            onChange={(e) => onQueryChange(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby={hintId}
          />
          <button type="submit">Search</button>
        </div>
        <p id={hintId} className="search-hint">
          A code, a status or words from the message. Typos are fine. The query goes into the page address so you can share it; anything
          that looks like a token or key is masked first.
        </p>
      </form>
      {masked ? (
        <p className="notice" role="note">
          Your query held something that looks like a secret (a token or key). It was masked, and only the masked text is in the page
          address. To diagnose a whole error message, paste it on the <Link to={paths.home()}>start page</Link>: it stays in your browser.
        </p>
      ) : null}
      {failed ? (
        <div className="notice" role="alert">
          <p>{failed} Search needs it; the error index and the map still work.</p>
          {onRetry ? (
            <button type="button" onClick={onRetry}>
              Retry
            </button>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="search-status">
        {statusText(searched, hits)}
      </p>
      {hits && hits.length > 0 ? (
        <ol className="search-results" aria-label="Results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link to={paths.node(hit, hit.id)} className="search-result">
                <span className="search-result-kind">{hit.kind === 'question' ? 'Question' : 'Fix'}</span>
                <span className="search-result-title">
                  <InlineText text={hit.title} />
                </span>
              </Link>
              <p className="search-result-summary">
                <InlineText text={hit.summary} />
              </p>
              {hit.matched.length > 0 ? (
                <p className="search-result-matched">
                  Matches{' '}
                  {hit.matched.map((label, i) => (
                    <span key={label}>
                      {i > 0 ? ', ' : null}
                      <code>{label}</code>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {hits && hits.length === 0 ? (
        <p>
          Check the spelling of the code, try fewer words, or browse the <Link to={paths.errors()}>error index</Link> or the{' '}
          <Link to={paths.map()}>map of every question</Link>.
        </p>
      ) : null}
      {!searched ? (
        <div className="search-examples">
          <h2>Try</h2>
          <ul>
            {EXAMPLES.map((example) => (
              <li key={example}>
                <Link to={paths.search(example)}>
                  <code>{example}</code>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            Or browse the <Link to={paths.errors()}>error index</Link> and the <Link to={paths.map()}>map</Link>.
          </p>
        </div>
      ) : null}
    </div>
  );
}

function statusText(searched: string, hits: SearchHit[] | null): string {
  if (!searched || hits === null) return '';
  const n = hits.length;
  return n === 0 ? `No results for “${searched}”.` : `${n} result${n === 1 ? '' : 's'} for “${searched}”, best first.`;
}
