import { useParams, useSearchParams } from 'react-router';
import { QuestionPage } from '../../components/question/question-page.tsx';
import { resolveTrail, TRAIL_PARAM } from '../../engine/trail.ts';
import { useHydrated } from '../../components/use-hydrated.ts';
import { useCatalog } from '../catalog-query.ts';

export function QuestionRoute() {
  const catalog = useCatalog();
  const id = useParams().id ?? '';
  const [search] = useSearchParams();
  const hydrated = useHydrated();
  const node = catalog.nodes[id];
  // The loader answered 404 or redirected for anything else; this guards a catalog changed in between.
  if (node?.kind !== 'question') return null;
  const trail = resolveTrail(catalog, hydrated ? search.get(TRAIL_PARAM) : null, id);
  return <QuestionPage key={id} id={id} question={node} trail={trail} nodes={catalog.nodes} />;
}
