// Lazy route module: /map. This chunk (with dagre) loads only on this page. The trail in `?trail=` is
// read after hydration only: the prerendered map has none.
import { useSearchParams } from 'react-router';
import { MapPage } from '../../components/map/map-page.tsx';
import { useHydrated } from '../../components/use-hydrated.ts';
import { mapTrail, NO_TRAIL } from '../../engine/map-layout.ts';
import { TRAIL_PARAM } from '../../engine/trail.ts';
import { useCatalog } from '../catalog-query.ts';

export function Component() {
  const catalog = useCatalog();
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const trail = hydrated ? mapTrail(catalog, params.get(TRAIL_PARAM)) : NO_TRAIL;
  return <MapPage catalog={catalog} trail={trail} />;
}
