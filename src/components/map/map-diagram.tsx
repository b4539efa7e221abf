// The decision tree drawn as SVG from a precomputed layout: nodes are links, answers are labelled edges.
// Accessibility: the node links are real, focusable links (a sighted keyboard user can tab through the
// drawing, and the view follows focus); edges and their labels are hidden from assistive technology,
// because the outline beside the drawing carries the same answers as text. A skip link before the
// drawing jumps to the outline, so the drawing's tab stops cost a keyboard user one key press.
import { useEffect, useId, useRef, type FocusEvent, type MouseEvent } from 'react';
import type { MapEdge, MapLayout, MapNode, Point } from '../../engine/map-layout.ts';
import { MAP_METRICS } from '../../engine/map-layout.ts';
import { usePanZoom } from './use-pan-zoom.ts';

interface Props {
  layout: MapLayout;
  /** href (base-aware) and router path of each node's page. */
  link: (id: string) => { href: string; path: string } | null;
  onFollow: (path: string) => void;
  trailNodes: ReadonlySet<string>;
  trailEdges: ReadonlySet<string>;
  current: string | null;
  /** Id of the outline, for the skip link. */
  outlineId: string;
}

const KIND_LABEL: Record<MapNode['kind'], string> = { start: 'Start page', question: 'Question', scenario: 'Fix' };

/** A rounded polyline through dagre's points: straight runs, curved at each bend. */
function edgePath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 0) return `M${first.x},${first.y}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i] as Point;
    const next = rest[i + 1] as Point;
    d += ` Q${p.x},${p.y} ${(p.x + next.x) / 2},${(p.y + next.y) / 2}`;
  }
  const last = rest[rest.length - 1] as Point;
  return `${d} L${last.x},${last.y}`;
}

export function MapDiagram({ layout, link, onFollow, trailNodes, trailEdges, current, outlineId }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { view, dragging, zoomIn, zoomOut, pan, reset, reveal, fit, handlers } = usePanZoom(svgRef);
  const hintId = useId();
  const titleId = useId();
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));

  // A reader who came with a trail sees it: the view fits the trail's boxes once it is known.
  const trailKey = [...trailNodes].join(' ');
  useEffect(() => {
    const boxes = trailKey.split(' ').flatMap((id) => layout.nodes.filter((n) => n.id === id));
    if (boxes.length === 0) return;
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    fit({ x, y, width: right - x, height: bottom - y });
  }, [trailKey, layout, fit]);

  /** Keyboard focus on a node brings it into view; a mouse press does not move the drawing. */
  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const target = e.target instanceof Element ? e.target.closest('[data-node]') : null;
    const node = target ? byId.get(target.getAttribute('data-node') ?? '') : undefined;
    if (node && target?.matches(':focus-visible')) reveal(node);
  };
  const follow = (e: MouseEvent<Element>, path: string) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onFollow(path);
  };

  const m = MAP_METRICS;
  const padding = 8;
  return (
    <div className="map-figure">
      <a className="map-skip" href={`#${outlineId}`}>
        Skip the diagram (go to the outline)
      </a>
      <div className="map-controls" role="group" aria-label="Map view">
        <button type="button" onClick={zoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={zoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={reset}>
          Show all
        </button>
        <span className="map-pan">
          <button type="button" onClick={() => pan('left')} aria-label="Pan left">
            ←
          </button>
          <button type="button" onClick={() => pan('up')} aria-label="Pan up">
            ↑
          </button>
          <button type="button" onClick={() => pan('down')} aria-label="Pan down">
            ↓
          </button>
          <button type="button" onClick={() => pan('right')} aria-label="Pan right">
            →
          </button>
        </span>
        <span id={hintId} className="map-hint">
          Drag to pan; Ctrl + scroll or pinch to zoom. With the diagram focused: arrow keys pan, + and − zoom, 0 shows all.
        </span>
      </div>
      <svg
        ref={svgRef}
        className={dragging ? 'map-svg is-dragging' : 'map-svg'}
        viewBox={`${-padding} ${-padding} ${layout.width + 2 * padding} ${layout.height + 2 * padding}`}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={hintId}
        tabIndex={0}
        onFocus={onFocus}
        {...handlers}
      >
        <title id={titleId}>Decision map: every question and fix, linked</title>
        <defs>
          <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="map-arrow" />
          </marker>
          <marker id="map-arrow-trail" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="map-arrow map-arrow-trail" />
          </marker>
        </defs>
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <g aria-hidden="true">
            {layout.edges.map((edge) => (
              <Edge key={edge.id} edge={edge} onTrail={trailEdges.has(edge.id)} />
            ))}
          </g>
          {layout.nodes.map((node) => {
            const target = link(node.id);
            if (!target) return null;
            const onTrail = trailNodes.has(node.id);
            const isCurrent = node.id === current;
            const classes = ['map-node', `map-node-${node.kind}`, onTrail ? 'on-trail' : '', isCurrent ? 'is-current' : '']
              .filter(Boolean)
              .join(' ');
            const state = isCurrent ? ' (where you came from)' : onTrail ? ' (on your trail)' : '';
            return (
              <a
                key={node.id}
                href={target.href}
                className={classes}
                data-node={node.id}
                aria-label={`${KIND_LABEL[node.kind]}: ${node.title}${state}`}
                aria-current={isCurrent ? 'location' : undefined}
                onClick={(e) => follow(e, target.path)}
              >
                <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={node.kind === 'scenario' ? 3 : 14} />
                {/* The visible text reads "Question What does…": the kind, then the wrapped title, with a
                    space after each piece, so it is a word-for-word part of the link's accessible name. */}
                <text x={node.x + m.nodePadX} y={node.y + m.nodePadY + 10} className="map-kind">
                  {`${KIND_LABEL[node.kind]} `}
                </text>
                <text className="map-title">
                  {node.lines.map((line, i) => (
                    <tspan key={i} x={node.x + m.nodePadX} y={node.y + m.nodePadY + m.kindLineHeight + (i + 1) * m.nodeLineHeight - 4}>
                      {i < node.lines.length - 1 ? `${line} ` : line}
                    </tspan>
                  ))}
                </text>
              </a>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

function Edge({ edge, onTrail }: { edge: MapEdge; onTrail: boolean }) {
  const m = MAP_METRICS;
  const box = edge.labelBox;
  return (
    <g className={onTrail ? 'map-edge on-trail' : 'map-edge'}>
      <path d={edgePath(edge.points)} markerEnd={onTrail ? 'url(#map-arrow-trail)' : 'url(#map-arrow)'} />
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={3} className="map-edge-label" />
      <text className="map-edge-text">
        {edge.labelLines.map((line, i) => (
          <tspan key={i} x={box.x + m.labelPad} y={box.y + m.labelPad + (i + 1) * m.labelLineHeight - 3}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
