// The same tree as nested lists, for screen readers, keyboard users and print: each start group, its
// first question, each answer, and the page it leads to. A question reached twice is spelled out once.
import { Link } from 'react-router';
import type { MapOutline, OutlineAnswer, OutlineNode } from '../../engine/map-layout.ts';

interface Props {
  outline: MapOutline;
  /** Router path of each node's page (with the trail up to it, when it is on the trail). */
  path: (id: string) => string | null;
  trailEdges: ReadonlySet<string>;
  current: string | null;
  id: string;
}

export function MapOutlineView({ outline, path, trailEdges, current, id }: Props) {
  const nodeLink = (node: OutlineNode) => {
    const to = path(node.id);
    if (!to) return <span>{node.title}</span>;
    return (
      <>
        <span className="outline-kind">{node.kind === 'question' ? 'Question: ' : 'Fix: '}</span>
        <Link
          to={to}
          aria-current={node.id === current ? 'location' : undefined}
          className={node.id === current ? 'is-current' : undefined}
        >
          {node.title}
        </Link>
        {node.repeat ? <span className="outline-repeat"> (its answers are listed above)</span> : null}
      </>
    );
  };
  const answers = (list: OutlineAnswer[]) =>
    list.length > 0 ? (
      <ul>
        {list.map((a) => {
          const taken = trailEdges.has(a.id);
          return (
            <li key={a.id} className={taken ? 'on-trail' : undefined}>
              <span className="outline-answer">{a.label}</span>
              {taken ? <span className="outline-taken"> (your answer)</span> : null}
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden">, leads to </span>
              {nodeLink(a.next)}
              {answers(a.next.answers)}
            </li>
          );
        })}
      </ul>
    ) : null;

  return (
    <section className="map-outline" aria-labelledby={`${id}-title`} id={id} tabIndex={-1}>
      <h2 id={`${id}-title`}>Outline of the tree</h2>
      <p>The same tree as text: each question, its answers, and where each answer leads.</p>
      {outline.groups.map((group) => (
        <section key={group.where} aria-labelledby={`${id}-${group.where}`}>
          <h3 id={`${id}-${group.where}`}>{group.title}</h3>
          <ul className="outline-root">
            <li>
              {nodeLink(group.root)}
              {answers(group.root.answers)}
            </li>
          </ul>
        </section>
      ))}
      {outline.others.length > 0 ? (
        <section aria-labelledby={`${id}-others`}>
          <h3 id={`${id}-others`}>Not reached from the start page</h3>
          <ul className="outline-root">
            {outline.others.map((node) => (
              <li key={node.id}>
                {nodeLink(node)}
                {answers(node.answers)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
