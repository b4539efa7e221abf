// The frame of every checker page: its one h1 (the tool's title), what it checks, the other checkers,
// and a note when a shared link could not be loaded.
import type { ReactNode } from 'react';
import type { ToolName } from '../../catalog/schema.ts';
import { toolMeta } from '../../engine/page-meta.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { ToolNav } from './tool-nav.tsx';

interface Props {
  name: ToolName;
  /** One paragraph: what the tool checks. */
  intro: ReactNode;
  /** Kinds of secret found in the link's inputs, which were therefore not loaded. */
  blocked?: readonly string[];
  children: ReactNode;
}

export function ToolPage({ name, intro, blocked = [], children }: Props) {
  return (
    <div className={`tool-page tool-${name}`}>
      <PageHeading eyebrow="Checker">{toolMeta(name).title}</PageHeading>
      <p className="lead">{intro}</p>
      <ToolNav current={name} />
      {blocked.length > 0 ? (
        <p className="notice" role="note">
          The link you opened carried a secret ({blocked.join(', ')}), so its input was not loaded and the address was cleared. Paste your
          input below instead: it stays in this page.
        </p>
      ) : null}
      <p className="tool-privacy">What you enter stays in this page: it is not sent anywhere, stored, or put in the address bar.</p>
      {children}
    </div>
  );
}

/** The labelled results section under a tool's fields. */
export function ToolResults({ children }: { children: ReactNode }) {
  return (
    <section className="tool-results" aria-labelledby="tool-results-heading">
      <h2 id="tool-results-heading">Results</h2>
      {children}
    </section>
  );
}

/** Fills the tool with a realistic input that holds the mistakes it catches. */
export function ExampleButton({ onClick }: { onClick: () => void }) {
  return (
    <p className="tool-actions">
      <button type="button" className="secondary" onClick={onClick}>
        Try an example with mistakes
      </button>
    </p>
  );
}
