// The only place URLs are built. Paths are relative to the site's base; the router adds the base.
import type { ToolName } from '../catalog/schema.ts';
import { TRAIL_PARAM, encodeTrail, type TrailStep } from './trail.ts';

const withTrail = (path: string, trail: ReadonlyArray<TrailStep> = []) =>
  trail.length > 0 ? `${path}?${TRAIL_PARAM}=${encodeTrail(trail)}` : path;

export const paths = {
  home: () => '/',
  errors: () => '/errors',
  map: (trail?: ReadonlyArray<TrailStep>) => withTrail('/map', trail),
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search'),
  tool: (name: ToolName) => `/tools/${name}`,
  question: (id: string, trail?: ReadonlyArray<TrailStep>) => withTrail(`/question/${id}`, trail),
  scenario: (id: string, trail?: ReadonlyArray<TrailStep>) => withTrail(`/scenario/${id}`, trail),
  /** The page of any node, whichever its kind. */
  node: (node: { kind: 'question' | 'scenario' }, id: string, trail?: ReadonlyArray<TrailStep>) =>
    node.kind === 'question' ? paths.question(id, trail) : paths.scenario(id, trail),
};
