import { useParams, useSearchParams } from 'react-router';
import { ScenarioPage } from '../../components/scenario/scenario-page.tsx';
import { resolveTrail, TRAIL_PARAM } from '../../engine/trail.ts';
import { useHydrated } from '../../components/use-hydrated.ts';
import { useCatalog } from '../catalog-query.ts';

export function ScenarioRoute() {
  const catalog = useCatalog();
  const id = useParams().id ?? '';
  const [search] = useSearchParams();
  const hydrated = useHydrated();
  const node = catalog.nodes[id];
  if (node?.kind !== 'scenario') return null;
  const trail = resolveTrail(catalog, hydrated ? search.get(TRAIL_PARAM) : null, id);
  return <ScenarioPage key={id} id={id} scenario={node} trail={trail} nodes={catalog.nodes} />;
}
