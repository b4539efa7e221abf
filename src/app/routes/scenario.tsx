import { ScenarioPage } from '../../components/scenario/scenario-page.tsx';
import { usePageData } from '../page-data.ts';
import { useResolvedTrail } from '../trail.ts';

export function ScenarioRoute() {
  const { id, scenario, related } = usePageData('scenario');
  const trail = useResolvedTrail(id);
  return <ScenarioPage key={id} id={id} scenario={scenario} trail={trail} related={related} />;
}
