import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Outline } from '../../engine/outline.ts';
import { layoutMap, mapOutline, START_ID, type MapTrail } from '../../engine/map-layout.ts';
import { paths } from '../../engine/paths.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { useSiteHref } from '../search/use-site-href.ts';
import { InlineText } from '../text/inline-text.tsx';
import { MapDiagram } from './map-diagram.tsx';
import { MapOutlineView } from './map-outline.tsx';

const OUTLINE_ID = 'map-outline';

/** The whole decision tree: a pannable, zoomable diagram, a legend, and the same tree as an outline. */
export function MapPage({ tree, trail }: { tree: Outline; trail: MapTrail }) {
  const layout = useMemo(() => layoutMap(tree, 'Start page'), [tree]);
  const outline = useMemo(() => mapOutline(tree), [tree]);
  const siteHref = useSiteHref();
  const navigate = useNavigate();
  const trailNodes = new Set(trail.nodes);
  const trailEdges = new Set(trail.edges);
  const nodes = Object.values(tree.nodes);
  const questions = nodes.filter((n) => n.kind === 'question').length;

  /** A node's page; on the trail, with the answers that led to it. */
  const path = (id: string): string | null => {
    if (id === START_ID) return paths.home();
    const node = Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
    if (!node) return null;
    const at = trail.nodes.indexOf(id);
    return paths.node(node, id, at > 0 ? trail.steps.slice(0, at) : []);
  };
  const link = (id: string) => {
    const p = path(id);
    return p === null ? null : { path: p, href: siteHref(p) };
  };
  const currentNode = trail.current ? tree.nodes[trail.current] : undefined;

  return (
    <div className="map-page">
      <PageHeading>Decision map</PageHeading>
      <p className="lead">
        Every question ({questions}) and fix ({nodes.length - questions}) of the troubleshooter, with the answers that lead from one to the
        next. Select any box to open its page.
      </p>
      {trail.dropped ? (
        <p className="notice" role="note">
          The answers in this link no longer match the troubleshooter, so no trail is highlighted.
        </p>
      ) : null}
      <ul className="map-legend" aria-label="Legend">
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
            <rect className="map-swatch-question" x="1" y="1" width="26" height="14" rx="7" />
          </svg>
          Question
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
            <rect className="map-swatch-scenario" x="1" y="1" width="26" height="14" rx="2" />
          </svg>
          Fix (a diagnosis with its steps)
        </li>
        <li>
          <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
            <path className="map-swatch-edge" d="M1,8 L26,8" />
          </svg>
          An answer, leading on
        </li>
        {currentNode ? (
          <li className="map-legend-trail">
            <svg viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
              <rect className="map-swatch-trail" x="1" y="1" width="26" height="14" rx="7" />
            </svg>
            <span>
              Your trail: {trail.steps.length} answer{trail.steps.length === 1 ? '' : 's'}, leading to{' '}
              <Link to={paths.node(currentNode, trail.current ?? '', trail.steps)}>
                <InlineText text={currentNode.title} />
              </Link>
            </span>
          </li>
        ) : null}
      </ul>
      <MapDiagram
        layout={layout}
        link={link}
        onFollow={(p) => void navigate(p)}
        trailNodes={trailNodes}
        trailEdges={trailEdges}
        current={trail.current}
        outlineId={OUTLINE_ID}
      />
      <MapOutlineView outline={outline} path={path} trailEdges={trailEdges} current={trail.current} id={OUTLINE_ID} />
    </div>
  );
}
