import { Link } from 'react-router';
import type { Question } from '../../catalog/schema.ts';
import type { NodeRef } from '../../engine/page-data.ts';
import { paths } from '../../engine/paths.ts';
import type { ResolvedTrail } from '../../engine/trail.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { InlineText } from '../text/inline-text.tsx';
import { TrailView } from './trail-view.tsx';

interface Props {
  id: string;
  question: Question;
  trail: ResolvedTrail;
  /** The pages the answers lead to. */
  targets: Record<string, NodeRef>;
}

export function QuestionPage({ id, question, trail, targets }: Props) {
  const taken = trail.steps.map(({ question: q, answer }) => ({ question: q, answer }));
  return (
    <article className="question">
      <TrailView trail={trail} />
      <PageHeading eyebrow="Question">{question.title}</PageHeading>
      <p className="help">
        <InlineText text={question.help} />
      </p>
      <ul className="answers" aria-label="Answers">
        {question.answers.map((answer) => {
          const target = Object.hasOwn(targets, answer.next) ? targets[answer.next] : undefined;
          if (!target) return null;
          return (
            <li key={answer.id}>
              <Link className="answer" to={paths.node(target, answer.next, [...taken, { question: id, answer: answer.id }])}>
                <span className="answer-label">
                  <InlineText text={answer.label} />
                </span>
                {answer.hint ? (
                  <span className="answer-hint">
                    <InlineText text={answer.hint} />
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="aside-links">
        Not sure? <Link to={paths.errors()}>Browse every error</Link> or <Link to={paths.map(taken)}>see the whole tree</Link>.
      </p>
    </article>
  );
}
