import { QuestionPage } from '../../components/question/question-page.tsx';
import { usePageData } from '../page-data.ts';
import { useResolvedTrail } from '../trail.ts';

export function QuestionRoute() {
  const { id, question, targets } = usePageData('question');
  const trail = useResolvedTrail(id);
  return <QuestionPage key={id} id={id} question={question} trail={trail} targets={targets} />;
}
