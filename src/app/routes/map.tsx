// Lazy route module: /map. This chunk (with dagre) loads only on this page. The trail in `?trail=` is
// read after hydration only: the prerendered map has none.
import { MapPage } from '../../components/map/map-page.tsx';
import { useTrailParam } from '../../components/use-trail-param.ts';
import { mapTrail } from '../../engine/map-layout.ts';
import { usePageData } from '../page-data.ts';

export function Component() {
  const { outline } = usePageData('map');
  const trail = mapTrail(outline, useTrailParam());
  return <MapPage tree={outline} trail={trail} />;
}
