// A checker's findings, errors first: severity label (text, not colour alone), what is wrong, why, the
// fix, and a link to the scenario it belongs to. The summary line above is a live region.
import { useId, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { sortFindings, type Finding } from '../../engine/checkers/finding.ts';
import { paths } from '../../engine/paths.ts';
import { InlineText } from '../text/inline-text.tsx';
import { SEVERITY_LABEL, summarise } from './finding-summary.ts';

/** The title of a catalog scenario, or undefined when the catalog has no such scenario. */
export type ScenarioTitle = (id: string) => string | undefined;

interface Props {
  /** Null before there is any input: then only `idle` shows. */
  findings: readonly Finding[] | null;
  scenarioTitle: ScenarioTitle;
  /** The status line while there is no input. */
  idle: string;
  /** Put before the counts in the status line, e.g. "No exact match." */
  verdict?: string;
  /** What was read from the input, shown between the status line and the findings. */
  facts?: ReactNode;
  label?: string;
}

export function FindingList({ findings, scenarioTitle, idle, verdict, facts, label = 'Findings' }: Props) {
  const sorted = useMemo(() => (findings ? sortFindings(findings) : []), [findings]);
  return (
    <>
      <p role="status" className="tool-summary">
        {findings ? [verdict, summarise(findings)].filter(Boolean).join(' ') : idle}
      </p>
      {findings ? facts : null}
      {sorted.length > 0 ? (
        <ol className="findings" aria-label={label}>
          {sorted.map((f, i) => (
            <FindingItem key={`${f.id}-${i}`} finding={f} scenarioTitle={scenarioTitle} />
          ))}
        </ol>
      ) : null}
    </>
  );
}

interface ItemProps {
  finding: Finding;
  scenarioTitle: ScenarioTitle;
  /** The title's heading level: 3 under a section's h2, 4 under an h3. */
  level?: 3 | 4;
}

export function FindingItem({ finding, scenarioTitle, level = 3 }: ItemProps) {
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const scenario = finding.scenario ? scenarioTitle(finding.scenario) : undefined;
  return (
    <li className={`finding finding-${finding.severity}`} aria-labelledby={titleId} data-finding={finding.id}>
      <Heading id={titleId} className="finding-title">
        <span className="finding-severity">
          {SEVERITY_LABEL[finding.severity]}
          <span className="visually-hidden">:</span>
        </span>{' '}
        <InlineText text={finding.title} />
      </Heading>
      <p className="finding-why">
        <InlineText text={finding.why} />
      </p>
      {finding.fix ? (
        <p className="finding-fix">
          <strong>Fix:</strong> <InlineText text={finding.fix} />
        </p>
      ) : null}
      {finding.scenario && scenario ? (
        <p className="finding-read">
          <Link to={paths.scenario(finding.scenario)}>
            Read: <InlineText text={scenario} />
          </Link>
        </p>
      ) : null}
    </li>
  );
}
