import { Link } from 'react-router';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';

export interface Suggestion {
  id: string;
  kind: 'question' | 'scenario';
  title: string;
}

/** A real "not found" page: says what was asked for, offers the nearest ids and the search box. */
export function NotFoundPage({ what, suggestions }: { what: string; suggestions: Suggestion[] }) {
  return (
    <div className="not-found">
      <PageHeading eyebrow="Not found">There is no page for {what}</PageHeading>
      {suggestions.length > 0 ? (
        <>
          <p>Did you mean one of these?</p>
          <ul className="suggestions" aria-label="Nearest matches">
            {suggestions.map((s) => (
              <li key={s.id}>
                <Link to={s.kind === 'question' ? paths.question(s.id) : paths.scenario(s.id)}>
                  <code>{s.id}</code>: {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing in the troubleshooter has a similar name.</p>
      )}
      <p>
        Try the <Link to={paths.errors()}>error index</Link>, the search box above, or <Link to={paths.home()}>start over</Link>.
      </p>
    </div>
  );
}
