// /tools/region: endpoint, marketplace, credential-scope region and the refresh token's region, each
// read into a selling region and checked against each other.
import { useDeferredValue, useMemo, useState } from 'react';
import { checkRegion, type RegionResult } from '../../engine/checkers/region.ts';
import { REGIONS, regionLabel } from '../../engine/regions.ts';
import { FindingList, type ScenarioTitle } from './finding-list.tsx';
import { ShareLink } from './share-link.tsx';
import { ToolField } from './tool-field.tsx';
import type { ToolInputs } from '../../engine/tool-inputs.ts';
import { ExampleButton, ToolPage, ToolResults } from './tool-page.tsx';

interface Props {
  initial: ToolInputs<'region'>;
  blocked?: readonly string[];
  scenarioTitle: ScenarioTitle;
}

type Key = keyof RegionResult['resolved'];
const ROWS: ReadonlyArray<{ key: Key; label: string }> = [
  { key: 'endpoint', label: 'Endpoint' },
  { key: 'marketplace', label: 'Marketplace' },
  { key: 'credentialScope', label: 'Credential scope' },
  { key: 'token', label: 'Refresh token' },
];

export function RegionTool({ initial, blocked, scenarioTitle }: Props) {
  const [endpoint, setEndpoint] = useState(initial.endpoint ?? '');
  const [marketplace, setMarketplace] = useState(initial.marketplace ?? '');
  const [scope, setScope] = useState(initial.scope ?? '');
  const [token, setToken] = useState(initial.token ?? '');
  const input = useDeferredValue(useMemo(() => ({ endpoint, marketplace, scope, token }), [endpoint, marketplace, scope, token]));
  const result = useMemo(() => {
    const { endpoint: e, marketplace: m, scope: s, token: t } = input;
    if ([e, m, s, t].every((v) => v.trim() === '')) return null;
    return checkRegion({ endpoint: e, marketplace: m, credentialScopeRegion: s, tokenRegion: t });
  }, [input]);
  return (
    <ToolPage
      name="region"
      blocked={blocked}
      intro={
        <>
          The endpoint you call, the marketplace, the credential scope (if you still sign requests) and the refresh token must all belong to
          one selling region: North America, Europe or Far East. Enter the ones you have: the checker says which region each belongs to,
          which pairs disagree, and what each should be.
        </>
      }
    >
      <div className="region-grid">
        <ToolField
          label="SP-API endpoint"
          hint="The host or URL you call, e.g. https://sellingpartnerapi-eu.amazon.com."
          value={endpoint}
          onChange={setEndpoint}
          inputMode="url"
        />
        <ToolField
          label="Marketplace"
          hint="A marketplace ID (A1PA6795UKMFR9) or country code (DE, UK, US)."
          value={marketplace}
          onChange={setMarketplace}
        />
        <ToolField
          label="Credential-scope region (legacy signing)"
          hint="The AWS region your requests are signed for (us-east-1, eu-west-1, us-west-2), or the credential scope."
          value={scope}
          onChange={setScope}
        />
        <ToolField
          label="Region the refresh token was issued for"
          hint="na, eu or fe, or the marketplace where the seller authorized your app."
          value={token}
          onChange={setToken}
        />
      </div>
      <ExampleButton
        onClick={() => {
          setEndpoint('https://sellingpartnerapi-eu.amazon.com');
          setMarketplace('DE');
          setScope('us-east-1');
          setToken('na');
        }}
      />
      <ToolResults>
        <FindingList
          findings={result?.findings ?? null}
          scenarioTitle={scenarioTitle}
          idle="Results appear here as you type. Enter at least two of the four."
          facts={result && Object.keys(result.resolved).length > 0 ? <Resolved resolved={result.resolved} /> : null}
        />
        <ShareLink
          name="region"
          entries={[
            ['endpoint', input.endpoint],
            ['marketplace', input.marketplace],
            ['scope', input.scope],
            ['token', input.token],
          ]}
        />
      </ToolResults>
    </ToolPage>
  );
}

function Resolved({ resolved }: { resolved: RegionResult['resolved'] }) {
  return (
    <>
      <h3 className="tool-facts-heading">Region of each input</h3>
      <dl className="tool-facts">
        {ROWS.map(({ key, label }) => {
          const region = resolved[key];
          return region ? (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                {regionLabel(region)}: endpoint <code>{REGIONS[region].productionHost}</code>, AWS region{' '}
                <code>{REGIONS[region].awsRegion}</code>
              </dd>
            </div>
          ) : null;
        })}
      </dl>
    </>
  );
}
