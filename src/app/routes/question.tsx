import { useParams } from 'react-router';
import { QuestionPage } from '../../components/question/question-page.tsx';
import { resolveTrail } from '../../engine/trail.ts';
import { useTrailParam } from '../../components/use-trail-param.ts';
import { useCatalog } from '../catalog-query.ts';

export function QuestionRoute() {
  const catalog = useCatalog();
  const id = useParams().id ?? '';
  const rawTrail = useTrailParam();
  const node = catalog.nodes[id];
  // The loader answered 404 or redirected for anything else; this guards a catalog changed in between.
  if (node?.kind !== 'question') return null;
  const trail = resolveTrail(catalog, rawTrail, id);
  return <QuestionPage key={id} id={id} question={node} trail={trail} nodes={catalog.nodes} />;
}
