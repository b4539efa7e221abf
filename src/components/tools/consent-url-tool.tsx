// /tools/consent-url: checks a pasted authorization (consent) URL part by part, and builds a correct one.
import { useDeferredValue, useMemo, useState } from 'react';
import { checkConsentUrl, type ParsedConsentUrl } from '../../engine/checkers/consent-url.ts';
import { echo, shorten } from '../../engine/checkers/text.ts';
import { findMarketplace, regionLabel } from '../../engine/regions.ts';
import { maskSecrets } from '../../engine/secrets.ts';
import { ConsentUrlBuilder } from './consent-url-builder.tsx';
import { FindingList, type ScenarioTitle } from './finding-list.tsx';
import { ShareLink } from './share-link.tsx';
import { ToolField } from './tool-field.tsx';
import type { ToolInputs } from '../../engine/tool-inputs.ts';
import { ExampleButton, ToolPage, ToolResults } from './tool-page.tsx';

interface Props {
  initial: ToolInputs<'consent-url'>;
  blocked?: readonly string[];
  scenarioTitle: ScenarioTitle;
}

const EXAMPLE =
  'https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef?version=beta&redirect_uri=http://example.com/amazon/callback#done';

export function ConsentUrlTool({ initial, blocked, scenarioTitle }: Props) {
  const [url, setUrl] = useState(initial.url ?? '');
  const deferred = useDeferredValue(url);
  const result = useMemo(() => (deferred.trim() === '' ? null : checkConsentUrl(deferred)), [deferred]);
  return (
    <ToolPage
      name="consent-url"
      blocked={blocked}
      intro={
        <>
          Paste the authorization URL your app sends sellers to. The checker reads its host (a Seller Central or Vendor Central host, and
          which region and marketplaces it serves), the path, <code>application_id</code> (an SP-API app ID, not an LWA client ID),{' '}
          <code>state</code>, <code>version=beta</code> (joined with <code>&amp;</code>, and only while the app is Draft) and{' '}
          <code>redirect_uri</code> (HTTPS, no fragment, percent-encoded), and catches stray spaces and a second <code>?</code>. Below, you
          can build a correct URL for your marketplace.
        </>
      }
    >
      <ToolField
        label="Authorization (consent) URL"
        hint="The whole URL, starting with https://. Line breaks and surrounding quotes are fine."
        rows={4}
        value={url}
        onChange={setUrl}
        placeholder="https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.…&state=…"
      />
      <ExampleButton onClick={() => setUrl(EXAMPLE)} />
      <ToolResults>
        <FindingList
          findings={result?.findings ?? null}
          scenarioTitle={scenarioTitle}
          idle="Results appear here as you type or paste a URL."
          facts={result?.parsed ? <ConsentFacts parsed={result.parsed} /> : null}
        />
        <ShareLink name="consent-url" entries={[['url', deferred]]} />
      </ToolResults>
      <ConsentUrlBuilder scenarioTitle={scenarioTitle} />
    </ToolPage>
  );
}

const show = (text: string, max = 80) => shorten(maskSecrets(text).text, max);

function ConsentFacts({ parsed }: { parsed: ParsedConsentUrl }) {
  const console =
    parsed.console === 'vendor-central' ? 'Vendor Central' : parsed.console === 'seller-central' ? 'Seller Central' : undefined;
  const marketplaces = parsed.marketplaces.map((code) => `${findMarketplace(code)?.country ?? code} (${code})`).join(', ');
  return (
    <>
      <h3 className="tool-facts-heading">What the URL says</h3>
      <dl className="tool-facts">
        <div>
          <dt>Host</dt>
          <dd>
            <code>{show(parsed.host, 60)}</code> {console ? `(${console})` : '(not a Seller Central or Vendor Central host)'}
          </dd>
        </div>
        {parsed.region ? (
          <div>
            <dt>Region</dt>
            <dd>{regionLabel(parsed.region)}</dd>
          </div>
        ) : null}
        {marketplaces ? (
          <div>
            <dt>Marketplaces</dt>
            <dd>{marketplaces}</dd>
          </div>
        ) : null}
        <div>
          <dt>Path</dt>
          <dd>
            <code>{show(parsed.path || '/', 60)}</code>
          </dd>
        </div>
        <div>
          <dt>Parameters</dt>
          <dd>
            {parsed.params.length === 0 ? (
              'none'
            ) : (
              <ul className="tool-params">
                {parsed.params.map((p, i) => (
                  <li key={`${p.name}-${i}`}>
                    <code>
                      {show(p.name, 40)}={echo(p.name, p.value, 80)}
                    </code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {parsed.fragment !== undefined ? (
          <div>
            <dt>Fragment</dt>
            <dd>
              <code>#{show(parsed.fragment, 60)}</code>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
