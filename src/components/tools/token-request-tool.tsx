// /tools/token-request: a pasted curl command or raw HTTP request to the LWA token endpoint, checked
// part by part. The input usually holds secrets: everything shown is masked, and no link is offered then.
import { useDeferredValue, useMemo, useState } from 'react';
import { checkTokenRequest, type TokenRequestSummary } from '../../engine/checkers/token-request.ts';
import { shorten } from '../../engine/checkers/text.ts';
import { FindingList, type ScenarioTitle } from './finding-list.tsx';
import { ShareLink } from './share-link.tsx';
import { ToolField } from './tool-field.tsx';
import { secretKinds, type ToolInputs } from '../../engine/tool-inputs.ts';
import { ExampleButton, ToolPage, ToolResults } from './tool-page.tsx';

interface Props {
  initial: ToolInputs<'token-request'>;
  blocked?: readonly string[];
  scenarioTitle: ScenarioTitle;
}

const EXAMPLE = `curl -X POST 'https://sellingpartnerapi-na.amazon.com/auth/o2/token?grant_type=authentication_code&code=<the spapi_oauth_code>&client_id=amzn1.application-oa2-client.0123456789abcdef0123456789abcdef&client_secret=<your client secret>' \\
  -H 'Content-Type: application/json'`;

const SOURCE: Readonly<Record<TokenRequestSummary['source'], string>> = {
  curl: 'curl command',
  http: 'raw HTTP request',
  url: 'URL only',
  body: 'request body only',
  code: 'code (URL and parameters found in it)',
};
const WHERE: Readonly<Record<TokenRequestSummary['params'][number]['where'], string>> = {
  body: 'body',
  query: 'query string',
  'basic-auth': 'Basic auth',
  code: 'code',
};

export function TokenRequestTool({ initial, blocked, scenarioTitle }: Props) {
  const [request, setRequest] = useState(initial.request ?? '');
  const deferred = useDeferredValue(request);
  const result = useMemo(() => (deferred.trim() === '' ? null : checkTokenRequest(deferred)), [deferred]);
  const secrets = useMemo(() => secretKinds([deferred]), [deferred]);
  return (
    <ToolPage
      name="token-request"
      blocked={blocked}
      intro={
        <>
          Paste a curl command or a raw HTTP request to the LWA token endpoint. The checker reads the host and path, the method,{' '}
          <code>Content-Type</code>, whether the parameters are in the body (not the query string), <code>grant_type</code> and the
          parameters it needs, and reminds you that an authorization code works once, within 5 minutes. Client secrets, tokens and codes
          stay in this page and are masked in everything shown.
        </>
      }
    >
      <ToolField
        label="Token request (curl command or raw HTTP request)"
        hint="Paste it with its secrets if you like: nothing leaves this page, and the results mask them."
        rows={8}
        value={request}
        onChange={setRequest}
        placeholder={
          "curl -X POST https://api.amazon.com/auth/o2/token \\\n  -H 'Content-Type: application/x-www-form-urlencoded' \\\n  -d 'grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…'"
        }
      />
      <ExampleButton onClick={() => setRequest(EXAMPLE)} />
      <ToolResults>
        <FindingList
          findings={result?.findings ?? null}
          scenarioTitle={scenarioTitle}
          idle="Results appear here as you type or paste a request."
          facts={
            result ? (
              <>
                {secrets.length > 0 ? (
                  <div className="tool-masked">
                    <p>
                      Your input contains {secrets.length === 1 ? 'a secret' : 'secrets'} ({secrets.join(', ')}). It stays in this page;
                      here it is as checked, masked:
                    </p>
                    <pre tabIndex={0} aria-label="The request as checked, secrets masked">
                      <code>{shorten(result.masked, 4000)}</code>
                    </pre>
                  </div>
                ) : null}
                {result.parsed ? <RequestFacts parsed={result.parsed} /> : null}
              </>
            ) : null
          }
        />
        <ShareLink name="token-request" entries={[['request', deferred]]} />
      </ToolResults>
    </ToolPage>
  );
}

function RequestFacts({ parsed }: { parsed: TokenRequestSummary }) {
  return (
    <>
      <h3 className="tool-facts-heading">What the request says</h3>
      <dl className="tool-facts">
        <div>
          <dt>Read as</dt>
          <dd>{SOURCE[parsed.source]}</dd>
        </div>
        {parsed.method ? (
          <div>
            <dt>Method</dt>
            <dd>
              <code>{shorten(parsed.method, 20)}</code>
            </dd>
          </div>
        ) : null}
        {parsed.url ? (
          <div>
            <dt>URL</dt>
            <dd>
              <code>{shorten(parsed.url, 160)}</code>
            </dd>
          </div>
        ) : null}
        {parsed.contentType ? (
          <div>
            <dt>Content-Type</dt>
            <dd>
              <code>{shorten(parsed.contentType, 80)}</code>
            </dd>
          </div>
        ) : null}
        {parsed.grantType !== undefined ? (
          <div>
            <dt>grant_type</dt>
            <dd>
              <code>{shorten(parsed.grantType, 60)}</code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Parameters</dt>
          <dd>
            {parsed.params.length === 0 ? (
              'none found'
            ) : (
              <ul className="tool-params">
                {parsed.params.map((p, i) => (
                  <li key={`${p.name}-${i}`}>
                    <code>{shorten(p.name, 40)}</code> in the {WHERE[p.where]}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}
