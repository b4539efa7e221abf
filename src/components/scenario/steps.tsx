import type { Step } from '../../catalog/schema.ts';
import { CONSOLE_NAMES } from '../../engine/labels.ts';
import { navFor } from '../../engine/markdown.ts';
import type { ConsoleChoice } from '../../engine/saved-state.ts';
import { InlineText } from '../text/inline-text.tsx';

export function Steps({ steps, console: choice }: { steps: Step[]; console: ConsoleChoice }) {
  return (
    <ol className="steps">
      {steps.map((step, i) => {
        const navs = navFor(step.nav, choice);
        const missing = step.nav && navs.length === 0 && choice !== 'all';
        return (
          <li key={i}>
            <p>
              <InlineText text={step.text} />
            </p>
            {navs.length > 0 ? (
              <ul className="nav-paths">
                {navs.map((n) => (
                  <li key={n.console}>
                    <span className="nav-console">{CONSOLE_NAMES[n.console]}:</span>{' '}
                    <span className="nav-path">
                      {n.path.map((label, j) => (
                        <span key={j}>
                          {j > 0 ? <span aria-hidden="true"> › </span> : null}
                          <strong>{label}</strong>
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            {missing ? (
              <p className="nav-missing">No documented path in your console for this step; choose "Show all" to see the others.</p>
            ) : null}
            {step.nav?.note ? (
              <p className="nav-note">
                <InlineText text={step.nav.note} />
              </p>
            ) : null}
            {step.example ? (
              <pre className="example" tabIndex={0}>
                <code>{step.example}</code>
              </pre>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
