import { Link } from 'react-router';
import { paths } from '../../engine/paths.ts';
import type { ResolvedTrail } from '../../engine/trail.ts';
import { InlineText } from '../text/inline-text.tsx';

/** The answers taken so far; each links back to its question with the answers before it. */
export function TrailView({ trail }: { trail: ResolvedTrail }) {
  if (trail.dropped) {
    return (
      <p className="notice" role="note">
        The answers in this link no longer match the troubleshooter (its questions have changed since the link was made), so they are not
        shown. The page itself is current.
      </p>
    );
  }
  if (trail.steps.length === 0) return null;
  return (
    <nav className="trail" aria-label="Your answers">
      <h2 className="trail-title">Your answers so far</h2>
      <ol>
        {trail.steps.map((step, i) => (
          <li key={`${step.question}.${step.answer}`}>
            <Link to={paths.question(step.question, trail.steps.slice(0, i))}>
              <span className="trail-question">
                <InlineText text={step.questionNode.title} />
              </span>{' '}
              <span className="trail-answer">
                <InlineText text={step.answerNode.label} />
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
