import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HomeGroup } from '../../engine/page-data.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';

/** The symptoms grouped by where they appear; each leads into the tree. `paste` is the paste box slot. */
export function StartPage({ groups, paste }: { groups: HomeGroup[]; paste?: ReactNode }) {
  return (
    <div className="start">
      <PageHeading>What do you see?</PageHeading>
      <p className="lead">
        Paste the error, or pick where it appears. A few questions lead to the cause, the fix for your console, a checklist and how to
        confirm it worked.
      </p>
      {paste}
      <div className="groups">
        {groups.map((group) => {
          const first = group.start;
          return (
            <section key={group.where} className="group" aria-labelledby={`group-${group.where}`}>
              <h2 id={`group-${group.where}`}>{group.title}</h2>
              <p>
                <InlineText text={group.description} />
              </p>
              <ul className="symptom-links">
                {group.featured.map((entry) => (
                  <li key={`${entry.label}-${entry.to.id}`}>
                    <Link to={paths.node(entry.to, entry.to.id)}>
                      <span className="symptom-label">
                        <InlineText text={entry.label} />
                      </span>
                      <span className="symptom-meaning">
                        <InlineText text={entry.meaning} />
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
              {first ? (
                <p className="group-start">
                  <Link to={paths.node(first, first.id)}>Something else here? Start with a question</Link>
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
      <p className="aside-links">
        Looking for a specific code or message? <Link to={paths.errors()}>See the error index</Link>.
      </p>
    </div>
  );
}
