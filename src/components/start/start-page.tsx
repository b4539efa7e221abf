import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Catalog } from '../../catalog/schema.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';

/** The symptoms grouped by where they appear; each leads into the tree. `paste` is the paste box slot. */
export function StartPage({ catalog, paste }: { catalog: Catalog; paste?: ReactNode }) {
  return (
    <div className="start">
      <PageHeading>What do you see?</PageHeading>
      <p className="lead">
        Paste the error, or pick where it appears. A few questions lead to the cause, the fix for your console, a checklist and
        how to confirm it worked.
      </p>
      {paste}
      <div className="groups">
        {catalog.start.map((group) => {
          const first = catalog.nodes[group.start];
          const featured = catalog.index.filter((e) => e.where === group.where && e.featured);
          return (
            <section key={group.where} className="group" aria-labelledby={`group-${group.where}`}>
              <h2 id={`group-${group.where}`}>{group.title}</h2>
              <p>
                <InlineText text={group.description} />
              </p>
              <ul className="symptom-links">
                {featured.map((entry) => {
                  const node = catalog.nodes[entry.to];
                  return node ? (
                    <li key={`${entry.label}-${entry.to}`}>
                      <Link to={paths.node(node, entry.to)}>
                        <span className="symptom-label">
                          <InlineText text={entry.label} />
                        </span>
                        <span className="symptom-meaning">
                          <InlineText text={entry.meaning} />
                        </span>
                      </Link>
                    </li>
                  ) : null;
                })}
              </ul>
              {first ? (
                <p className="group-start">
                  <Link to={paths.node(first, group.start)}>Something else here? Start with a question</Link>
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
