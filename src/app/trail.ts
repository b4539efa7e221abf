// The reader's answers (`?trail=`) for the current page, checked against the decision tree. The trail is
// read after hydration only (prerendered HTML has no query string), and its titles come from the outline,
// fetched only when there is a trail to show.
import { useTrailParam } from '../components/use-trail-param.ts';
import { parseTrail, resolveTrail, type ResolvedTrail } from '../engine/trail.ts';
import { useOutline } from './data.ts';

const NONE: ResolvedTrail = { steps: [], dropped: false };

export function useResolvedTrail(nodeId: string): ResolvedTrail {
  const raw = useTrailParam();
  const parsed = parseTrail(raw);
  const outline = useOutline(parsed !== null && parsed.length > 0);
  if (parsed === null) return { steps: [], dropped: true };
  if (parsed.length === 0 || !outline) return NONE;
  return resolveTrail(outline, raw, nodeId);
}
