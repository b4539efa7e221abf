// The read-only parts of a scenario page: symptoms, notes, related pages, sources.
import { Link } from 'react-router';
import type { Catalog, Scenario } from '../../catalog/schema.ts';
import { SOURCE_KIND_NAMES, WHERE_NAMES } from '../../engine/labels.ts';
import { paths } from '../../engine/paths.ts';
import { toolMeta } from '../../engine/page-meta.ts';
import { InlineText } from '../text/inline-text.tsx';

export function Symptoms({ symptoms, sources }: { symptoms: Scenario['symptoms']; sources: Scenario['sources'] }) {
  return (
    <ul className="symptoms">
      {symptoms.map((s, i) => {
        const seenIn = s.source === undefined ? undefined : sources.find((src) => src.url === s.source);
        return (
          <li key={i}>
            <span className="symptom-where">{WHERE_NAMES[s.where]}</span>
            <span className="symptom-body">
              {s.status ? <span className="badge">HTTP {s.status}</span> : null}
              {s.code ? <code className="symptom-code">{s.code}</code> : null}
              {s.message ? <q>{s.message}</q> : null}
              {s.details !== undefined ? (
                <span className="symptom-details">details: {s.details === '' ? <em>empty</em> : <q>{s.details}</q>}</span>
              ) : null}
            </span>
            {s.note ? (
              <span className="symptom-note">
                <InlineText text={s.note} />
              </span>
            ) : null}
            {seenIn ? (
              <span className="symptom-source">
                Seen in:{' '}
                <a href={seenIn.url} rel="noreferrer noopener">
                  {seenIn.title}
                </a>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

const NOTE_LABELS = { legacy: 'Legacy', disagreement: 'Sources disagree', community: 'Community-reported' } as const;

export function Notes({ notes }: { notes: NonNullable<Scenario['notes']> }) {
  return (
    <ul className="notes">
      {notes.map((n, i) => (
        <li key={i} className={`note note-${n.kind}`}>
          <strong>{NOTE_LABELS[n.kind]}:</strong> <InlineText text={n.text} />
        </li>
      ))}
    </ul>
  );
}

export function Related({ scenario, nodes }: { scenario: Scenario; nodes: Catalog['nodes'] }) {
  const related = (scenario.seeAlso ?? []).flatMap((id) => {
    const node = nodes[id];
    return node ? [{ id, node }] : [];
  });
  if (related.length === 0 && !scenario.tools?.length) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">See also</h2>
      <ul className="related">
        {scenario.tools?.map((tool) => (
          <li key={tool}>
            <Link to={paths.tool(tool)}>{toolMeta(tool).title}</Link>: check your own input.
          </li>
        ))}
        {related.map(({ id, node }) => (
          <li key={id}>
            <Link to={paths.node(node, id)}>{node.title}</Link>: {node.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sources({ sources, reviewed }: { sources: Scenario['sources']; reviewed: string }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer noopener">
              {s.title}
            </a>{' '}
            <span className="source-kind">({SOURCE_KIND_NAMES[s.kind]})</span>
          </li>
        ))}
      </ol>
      <p className="reviewed">
        Last reviewed <time dateTime={reviewed}>{reviewed}</time>.
      </p>
    </section>
  );
}
