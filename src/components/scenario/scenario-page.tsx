import type { Catalog, Scenario } from '../../catalog/schema.ts';
import { scenarioMarkdown } from '../../engine/markdown.ts';
import { checklistKey, CONSOLE_KEY, parseChecklist, parseConsole, serialiseChecklist, serialiseConsole } from '../../engine/saved-state.ts';
import type { ResolvedTrail } from '../../engine/trail.ts';
import { PageHeading } from '../layout/page-heading.tsx';
import { TrailView } from '../question/trail-view.tsx';
import { InlineText } from '../text/inline-text.tsx';
import { Checklist } from './checklist.tsx';
import { ConsolePicker } from './console-picker.tsx';
import { CopyMarkdown } from './copy-markdown.tsx';
import { Notes, Related, Sources, Symptoms } from './scenario-sections.tsx';
import { Steps } from './steps.tsx';
import { useStoredString } from './use-stored.ts';

interface Props {
  id: string;
  scenario: Scenario;
  trail: ResolvedTrail;
  nodes: Catalog['nodes'];
}

export function ScenarioPage({ id, scenario, trail, nodes }: Props) {
  const [rawConsole, saveConsole] = useStoredString(CONSOLE_KEY);
  const [rawTicks, saveTicks] = useStoredString(checklistKey(id));
  const choice = parseConsole(rawConsole);
  const ticked = parseChecklist(rawTicks);
  const toggle = (item: string, on: boolean) => {
    const next = new Set([...ticked].filter((t) => scenario.checklist.some((c) => c.id === t)));
    if (on) next.add(item);
    else next.delete(item);
    saveTicks(serialiseChecklist(next));
  };
  const markdown = () =>
    scenarioMarkdown(scenario, {
      url: window.location.href,
      console: choice,
      ticked,
      trail: trail.steps.map((s) => `${s.questionNode.title} ${s.answerNode.label}`),
    });

  return (
    <article className="scenario">
      <TrailView trail={trail} />
      <PageHeading eyebrow="Diagnosis">{scenario.title}</PageHeading>
      <p className="lead">
        <InlineText text={scenario.summary} />
      </p>
      <section aria-labelledby="cause-heading">
        <h2 id="cause-heading">Cause</h2>
        <p>
          <InlineText text={scenario.cause} />
        </p>
        <h3>What you see</h3>
        <Symptoms symptoms={scenario.symptoms} sources={scenario.sources} />
      </section>
      <section aria-labelledby="fix-heading">
        <h2 id="fix-heading">Fix</h2>
        <ConsolePicker value={choice} onChange={(c) => saveConsole(serialiseConsole(c))} />
        <Steps steps={scenario.steps} console={choice} />
      </section>
      <section aria-labelledby="checklist-heading" className="checklist-section">
        <h2 id="checklist-heading">Checklist</h2>
        <Checklist items={scenario.checklist} ticked={ticked} onToggle={toggle} />
        <CopyMarkdown build={markdown} />
      </section>
      <section aria-labelledby="confirm-heading">
        <h2 id="confirm-heading">Confirm the fix</h2>
        <ul className="confirm">
          {scenario.confirm.map((c, i) => (
            <li key={i}>
              <InlineText text={c} />
            </li>
          ))}
        </ul>
      </section>
      {scenario.notes?.length ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <Notes notes={scenario.notes} />
        </section>
      ) : null}
      <Related scenario={scenario} nodes={nodes} />
      <Sources sources={scenario.sources} reviewed={scenario.reviewed} />
    </article>
  );
}
