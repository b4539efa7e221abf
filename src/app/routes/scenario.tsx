import { useParams } from 'react-router';
import { ScenarioPage } from '../../components/scenario/scenario-page.tsx';
import { resolveTrail } from '../../engine/trail.ts';
import { useTrailParam } from '../../components/use-trail-param.ts';
import { useCatalog } from '../catalog-query.ts';

export function ScenarioRoute() {
  const catalog = useCatalog();
  const id = useParams().id ?? '';
  const rawTrail = useTrailParam();
  const node = catalog.nodes[id];
  if (node?.kind !== 'scenario') return null;
  const trail = resolveTrail(catalog, rawTrail, id);
  return <ScenarioPage key={id} id={id} scenario={node} trail={trail} nodes={catalog.nodes} />;
}
