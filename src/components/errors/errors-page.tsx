import { Link } from 'react-router';
import type { Catalog } from '../../catalog/schema.ts';
import { WHERE_NAMES } from '../../engine/labels.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';

/** Every symptom in one index, grouped by where it appears, each with its meaning and a link into the tree. */
export function ErrorsPage({ catalog }: { catalog: Catalog }) {
  return (
    <div className="errors-index">
      <PageHeading>Error index</PageHeading>
      <p className="lead">Every code, status and message the troubleshooter knows, grouped by where you see it.</p>
      <nav aria-label="Groups" className="toc">
        <ul>
          {catalog.start.map((g) => (
            <li key={g.where}>
              <a href={`#${g.where}`}>{WHERE_NAMES[g.where]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {catalog.start.map((group) => (
        <section key={group.where} aria-labelledby={group.where}>
          <h2 id={group.where}>{WHERE_NAMES[group.where]}</h2>
          <dl className="index-list">
            {catalog.index
              .filter((e) => e.where === group.where)
              .map((entry) => {
                const node = catalog.nodes[entry.to];
                return node ? (
                  <div key={`${entry.label}-${entry.to}`} className="index-entry">
                    <dt>
                      <Link to={paths.node(node, entry.to)}>
                        <code>{entry.label}</code>
                      </Link>
                    </dt>
                    <dd>
                      {entry.meaning} <span className="index-target">{node.kind === 'question' ? 'Asks: ' : 'Fix: '}{node.title}</span>
                    </dd>
                  </div>
                ) : null;
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
