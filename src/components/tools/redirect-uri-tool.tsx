// /tools/redirect-uri: the redirect URI used against the ones registered on the app, compared exactly
// as Amazon compares them, with the precise difference from the nearest registered one.
import { useDeferredValue, useMemo, useState } from 'react';
import { checkRedirectUri, type RedirectUriResult } from '../../engine/checkers/redirect-uri.ts';
import { shorten } from '../../engine/checkers/text.ts';
import { maskSecrets } from '../../engine/secrets.ts';
import { FindingList, type ScenarioTitle } from './finding-list.tsx';
import { ShareLink } from './share-link.tsx';
import { ToolField } from './tool-field.tsx';
import type { ToolInputs } from '../../engine/tool-inputs.ts';
import { ExampleButton, ToolPage, ToolResults } from './tool-page.tsx';

interface Props {
  initial: ToolInputs<'redirect-uri'>;
  blocked?: readonly string[];
  scenarioTitle: ScenarioTitle;
}

const show = (uri: string) => shorten(maskSecrets(uri).text, 120);

function verdict(result: RedirectUriResult): string | undefined {
  if (result.match) return `Exact match: line ${result.match.line} of the registered URIs.`;
  if (result.nearest) return `No exact match; the nearest registered URI is on line ${result.nearest.line}.`;
  return undefined;
}

export function RedirectUriTool({ initial, blocked, scenarioTitle }: Props) {
  const [used, setUsed] = useState(initial.used ?? '');
  const [registered, setRegistered] = useState(initial.registered ?? '');
  const input = useDeferredValue(useMemo(() => ({ used, registered }), [used, registered]));
  const result = useMemo(
    () => (input.used.trim() === '' && input.registered.trim() === '' ? null : checkRedirectUri(input.used, input.registered)),
    [input],
  );
  const compared = result?.match ?? result?.nearest;
  return (
    <ToolPage
      name="redirect-uri"
      blocked={blocked}
      intro={
        <>
          Amazon accepts a <code>redirect_uri</code> only when it equals one of the OAuth Redirect URIs registered on the app, character for
          character. Enter the URI your app used and the registered ones: you get an exact-match verdict, or the precise difference from the
          nearest registered URI (scheme, host case, port, path, trailing slash, query or fragment).
        </>
      }
    >
      <ToolField
        label="Redirect URI used"
        hint="The redirect_uri in your consent URL (encoded or not), or the URI Amazon redirected to."
        value={used}
        onChange={setUsed}
        inputMode="url"
        placeholder="https://example.com/amazon/callback"
      />
      <ToolField
        label="Redirect URIs registered on the app (one per line)"
        hint="Copy them from Develop Apps > Edit App > OAuth Redirect URIs."
        rows={4}
        value={registered}
        onChange={setRegistered}
        placeholder="https://example.com/amazon/callback"
      />
      <ExampleButton
        onClick={() => {
          setUsed('http://Example.com/amazon/callback/');
          setRegistered('https://example.com/amazon/callback\nhttps://example.com/amazon/auth');
        }}
      />
      <ToolResults>
        <FindingList
          findings={result?.findings ?? null}
          scenarioTitle={scenarioTitle}
          idle="Results appear here as you type."
          verdict={result ? verdict(result) : undefined}
          facts={
            compared && input.used.trim() !== '' ? (
              <>
                <h3 className="tool-facts-heading">Compared</h3>
                <dl className="tool-facts">
                  <div>
                    <dt>Used</dt>
                    <dd>
                      <code>{show(input.used.trim())}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>
                      {result?.match ? 'Matching' : 'Nearest'} registered URI (line {compared.line})
                    </dt>
                    <dd>
                      <code>{show(compared.uri)}</code>
                    </dd>
                  </div>
                </dl>
              </>
            ) : null
          }
        />
        <ShareLink
          name="redirect-uri"
          entries={[
            ['used', input.used],
            ['registered', input.registered],
          ]}
        />
      </ToolResults>
    </ToolPage>
  );
}
