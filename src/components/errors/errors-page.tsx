import { useId, useState } from 'react';
import { Link } from 'react-router';
import { filterRows, norm, type ErrorIndex, type ErrorRow } from '../../engine/error-index.ts';
import { WHERE_NAMES } from '../../engine/labels.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';
import { useHydrated } from '../use-hydrated.ts';

/** Every symptom in one index, grouped by where it appears, each with its meaning and a link into the tree. */
export function ErrorsPage({ index }: { index: ErrorIndex }) {
  const hydrated = useHydrated();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const { rows } = index;
  const words = norm(filter).split(' ').filter(Boolean);
  const shown = filterRows(rows, filter);
  const groups = index.groups
    .map((g) => ({ ...g, rows: shown.filter((r) => r.where === g.where) }))
    .filter((g) => g.rows.length > 0 || (words.length === 0 && g.start));

  return (
    <div className="errors-index">
      <PageHeading>Error index</PageHeading>
      <p className="lead">
        Every code, status and message the troubleshooter knows ({rows.length} in all), grouped by where you see it. Each links to the fix,
        or to the question that tells the possible causes apart.
      </p>
      {hydrated ? (
        <div className="errors-filter">
          <label htmlFor={filterId}>Filter the index</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <p role="status" className="errors-filter-status">
            {words.length > 0 ? `${shown.length} of ${rows.length} entries match.` : ''}
          </p>
        </div>
      ) : null}
      <nav aria-label="Groups" className="toc">
        <ul>
          {groups.map((g) => (
            <li key={g.where}>
              <a href={`#${g.where}`}>{WHERE_NAMES[g.where]}</a> <span className="toc-count">({g.rows.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.where} aria-labelledby={group.where}>
          <h2 id={group.where}>{WHERE_NAMES[group.where]}</h2>
          {group.start ? (
            <p className="errors-group-start">
              Not listed? Start with the question{' '}
              <Link to={paths.node(group.start, group.start.id)}>
                <InlineText text={group.start.title} />
              </Link>
            </p>
          ) : null}
          <dl className="index-list">
            {group.rows.map((row) => (
              <IndexRow key={row.anchor} row={row} />
            ))}
          </dl>
        </section>
      ))}
      {words.length > 0 && shown.length === 0 ? (
        <p>
          Nothing in the index matches. Try <Link to={paths.search(filter.trim().slice(0, 100))}>searching the whole troubleshooter</Link>.
        </p>
      ) : null}
    </div>
  );
}

function IndexRow({ row }: { row: ErrorRow }) {
  const [first, ...others] = row.targets;
  if (!first) return null;
  return (
    <div className="index-entry" id={row.anchor}>
      <dt>
        <Link to={paths.node(first, first.id)}>
          <code>{row.label.replace(/`/g, '')}</code>
        </Link>
        {row.statuses.map((s) => (
          <span key={s} className="badge">
            HTTP {s}
          </span>
        ))}
        <a className="index-anchor" href={`#${row.anchor}`} aria-label={`Link to this entry: ${row.label.replace(/`/g, '')}`}>
          #
        </a>
      </dt>
      <dd>
        <InlineText text={row.meaning} />{' '}
        <span className="index-target">
          {first.kind === 'question' ? 'Asks: ' : 'Fix: '}
          <InlineText text={first.title} />
          {others.length > 0 ? (
            <>
              {'. Also: '}
              {others.map((t, i) => (
                <span key={t.id}>
                  {i > 0 ? '; ' : null}
                  <Link to={paths.node(t, t.id)}>
                    <InlineText text={t.title} />
                  </Link>
                </span>
              ))}
            </>
          ) : null}
        </span>
      </dd>
    </div>
  );
}
