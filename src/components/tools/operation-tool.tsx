// /tools/operation: what a call needs. The reader enters an operation name, a request line or URL, a
// curl command, a stack-trace line or a report/feed/notification type; the page shows the operation
// from Amazon's models and what Amazon's pages say it needs, each fact with its source. The operation
// data is loaded on demand by this page only (its own chunk), after hydration.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { OperationFact, OperationResult } from '../../engine/operations/check.ts';
import type { ModelsData } from '../../engine/operations/types.ts';
import { FindingList, type ScenarioTitle } from './finding-list.tsx';
import { ShareLink } from './share-link.tsx';
import { ToolField } from './tool-field.tsx';
import type { ToolInputs } from '../../engine/tool-inputs.ts';
import { ExampleButton, ToolPage, ToolResults } from './tool-page.tsx';

interface Props {
  initial: ToolInputs<'operation'>;
  blocked?: readonly string[];
  scenarioTitle: ScenarioTitle;
}

type Loaded =
  { state: 'loading' } | { state: 'ready'; check: (input: string) => OperationResult; source: ModelsData['source'] } | { state: 'failed' };

/** Loads the checker and its data (one chunk) once the page runs in the browser. */
function useOperationData(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    import('../../engine/operations/checker.ts')
      .then((m) => {
        if (live) setLoaded({ state: 'ready', check: m.check, source: m.source });
      })
      .catch(() => {
        if (live) setLoaded({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** A call to a retired, grantless operation. */
const EXAMPLE = 'GET https://sellingpartnerapi-na.amazon.com/authorization/v1/authorizationCode?sellingPartnerId=A3FHEXAMPLEYWS';

export function OperationTool({ initial, blocked, scenarioTitle }: Props) {
  const [text, setText] = useState(initial.op ?? '');
  const input = useDeferredValue(text);
  const loaded = useOperationData();
  const result = useMemo(() => (loaded.state === 'ready' && input.trim() !== '' ? loaded.check(input) : null), [loaded, input]);
  const idle =
    loaded.state === 'failed'
      ? 'The operation data could not be loaded. Reload the page to try again.'
      : loaded.state === 'loading' && text.trim() !== ''
        ? 'Loading the operation data…'
        : 'Results appear here as you type.';
  return (
    <ToolPage
      name="operation"
      blocked={blocked}
      intro={
        <>
          Enter the call that fails: its operation name, the request line or URL, a curl command, a line of a stack trace that names the
          operation, or a report, feed or notification type. The checker finds it in Amazon&apos;s API models and says what it needs: the
          roles, a Restricted Data Token, a grantless token, a seller or a vendor authorization, the regions, and whether its API version is
          deprecated. Each fact links its source.
        </>
      }
    >
      <ToolField
        label="Operation, request or type"
        hint="For example getOrderAddress, GET /orders/v0/orders/{orderId}/address, a curl command, or GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING."
        value={text}
        onChange={setText}
        rows={3}
      />
      <ExampleButton onClick={() => setText(EXAMPLE)} />
      <ToolResults>
        <FindingList
          findings={result && (result.findings.length > 0 || result.facts.length > 0) ? result.findings : null}
          scenarioTitle={scenarioTitle}
          idle={idle}
          facts={result ? <Facts result={result} onPick={setText} /> : null}
        />
        <ShareLink name="operation" entries={[['op', result?.canonical ?? '']]} />
        {result?.operation || result?.facts.length ? <DataNote source={loaded.state === 'ready' ? loaded.source : null} /> : null}
      </ToolResults>
    </ToolPage>
  );
}

function Facts({ result, onPick }: { result: OperationResult; onPick: (input: string) => void }) {
  return (
    <>
      {result.read.length > 0 ? <p className="tool-read">Read from your input: {result.read.join(' · ')}</p> : null}
      {result.suggestions.length > 0 ? (
        <Choices label="Did you mean" items={result.suggestions.map((s) => ({ input: s, label: s }))} onPick={onPick} />
      ) : null}
      {result.facts.length > 0 ? (
        <>
          <h3 className="tool-facts-heading">What this call needs</h3>
          <dl className="tool-facts operation-facts">
            {result.facts.map((f) => (
              <FactRow key={f.id} fact={f} />
            ))}
          </dl>
        </>
      ) : null}
      {result.alternatives.length > 0 ? <Choices label="Other operations it may be" items={result.alternatives} onPick={onPick} /> : null}
    </>
  );
}

function FactRow({ fact }: { fact: OperationFact }) {
  return (
    <div data-fact={fact.id} className={fact.missing ? 'fact-missing' : undefined}>
      <dt>{fact.label}</dt>
      <dd>
        {fact.value}{' '}
        <span className="fact-sources">
          {fact.missing ? 'See: ' : 'Source: '}
          {fact.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 ? '; ' : ''}
              <a href={s.url} rel="noreferrer noopener">
                {s.title}
              </a>
            </span>
          ))}
        </span>
      </dd>
    </div>
  );
}

function Choices({
  label,
  items,
  onPick,
}: {
  label: string;
  items: ReadonlyArray<{ input: string; label: string }>;
  onPick: (input: string) => void;
}) {
  return (
    <div className="operation-choices">
      <p>{label}:</p>
      <ul aria-label={label}>
        {items.map((item) => (
          <li key={item.input}>
            <button type="button" className="secondary" onClick={() => onPick(item.input)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DataNote({ source }: { source: ModelsData['source'] | null }) {
  if (!source) return null;
  return (
    <p className="tool-hint">
      Operations from Amazon&apos;s{' '}
      <a href={`${source.repository}/tree/${source.commit}/models`} rel="noreferrer noopener">
        selling-partner-api-models
      </a>{' '}
      at commit {source.commit.slice(0, 7)} ({source.date}). Roles, restricted and grantless facts come from the Amazon pages linked with
      each fact.
    </p>
  );
}
