// Builds a consent URL from a marketplace, an app ID and the app's status, and says when a combination
// is impossible (no Vendor Central for that marketplace) or the values look wrong.
import { useId, useMemo, useState } from 'react';
import { buildConsentUrl, checkConsentUrl } from '../../engine/checkers/consent-url.ts';
import type { Finding } from '../../engine/checkers/finding.ts';
import { MARKETPLACES, REGIONS, REGION_IDS, findMarketplace, type ConsoleKind } from '../../engine/regions.ts';
import { copyText } from './copy-text.ts';
import { FindingItem, type ScenarioTitle } from './finding-list.tsx';
import { ToolField } from './tool-field.tsx';

const CONSOLE_NAME: Readonly<Record<ConsoleKind, string>> = { 'seller-central': 'Seller Central', 'vendor-central': 'Vendor Central' };
/** Builder checks worth showing: problems, and hosts only third parties list. */
const worthShowing = (f: Finding) => f.severity === 'error' || f.severity === 'warning' || f.id === 'consent-url-host-unconfirmed';

export function ConsentUrlBuilder({ scenarioTitle }: { scenarioTitle: ScenarioTitle }) {
  const id = useId();
  const [marketplace, setMarketplace] = useState('US');
  const [console, setConsole] = useState<ConsoleKind>('seller-central');
  const [draft, setDraft] = useState(true);
  const [appId, setAppId] = useState('');
  const [state, setState] = useState('');
  const [redirectUri, setRedirectUri] = useState('');
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);

  const m = findMarketplace(marketplace);
  const url = appId.trim() === '' ? '' : buildConsentUrl({ marketplace, applicationId: appId, draft, state, redirectUri, console });
  const issues = useMemo(() => (url ? checkConsentUrl(url).findings.filter(worthShowing) : []), [url]);
  const noVendor = console === 'vendor-central' && m !== undefined && m.vendorCentral === undefined;

  const status =
    appId.trim() === ''
      ? 'Enter your app ID to build the URL.'
      : noVendor
        ? `Amazon lists no Vendor Central for ${m.country}, so there is no Vendor Central consent URL for it. Choose Seller Central, or a marketplace with Vendor Central.`
        : url === ''
          ? 'This marketplace is not known; pick one from the list.'
          : `${CONSOLE_NAME[console]} consent URL for ${m?.country ?? marketplace} (${REGIONS[m?.region ?? 'na'].name}), ${draft ? 'Draft app: it ends in version=beta' : 'published app: no version parameter'}.`;

  return (
    <section className="consent-builder" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Build a consent URL</h2>
      <p>
        One URL per region: a seller authorizes through the consent page of their own marketplace&apos;s region, and the authorization then
        covers every marketplace of that region.
      </p>
      <div className="builder-grid">
        <div className="tool-field">
          <label htmlFor={`${id}-marketplace`}>Marketplace</label>
          <select id={`${id}-marketplace`} value={marketplace} onChange={(e) => setMarketplace(e.target.value)}>
            {REGION_IDS.map((r) => (
              <optgroup key={r} label={REGIONS[r].name}>
                {MARKETPLACES.filter((x) => x.region === r).map((x) => (
                  <option key={x.code} value={x.code}>
                    {`${x.country} (${x.code})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <fieldset className="tool-choice">
          <legend>Console</legend>
          {(['seller-central', 'vendor-central'] as const).map((c) => (
            <label key={c}>
              <input type="radio" name={`${id}-console`} value={c} checked={console === c} onChange={() => setConsole(c)} />{' '}
              {CONSOLE_NAME[c]} {c === 'seller-central' ? '(sellers)' : '(vendors)'}
            </label>
          ))}
        </fieldset>
        <fieldset className="tool-choice">
          <legend>App status</legend>
          <label>
            <input type="radio" name={`${id}-status`} value="draft" checked={draft} onChange={() => setDraft(true)} /> Draft (not yet
            published): adds <code>version=beta</code>
          </label>
          <label>
            <input type="radio" name={`${id}-status`} value="published" checked={!draft} onChange={() => setDraft(false)} /> Published: no{' '}
            <code>version</code>
          </label>
        </fieldset>
      </div>
      <ToolField
        label="App ID"
        hint="From Develop Apps: amzn1.sp.solution.… (or amzn1.sellerapps.app.…), not the LWA client ID."
        value={appId}
        onChange={setAppId}
        placeholder="amzn1.sp.solution.…"
      />
      <ToolField
        label="State (optional)"
        hint="In your app, a random value per attempt that you check when Amazon redirects back."
        value={state}
        onChange={setState}
      />
      <ToolField
        label="Redirect URI (optional)"
        hint="Must equal one registered on the app; without it Amazon uses the first registered one. It is percent-encoded for you."
        value={redirectUri}
        onChange={setRedirectUri}
        inputMode="url"
        placeholder="https://example.com/amazon/callback"
      />
      <p className="builder-status" role="status">
        {status}
      </p>
      {url ? (
        <div className="builder-output">
          <label htmlFor={`${id}-url`}>Consent URL</label>
          <textarea id={`${id}-url`} readOnly rows={3} value={url} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
          <p className="tool-actions">
            <button type="button" onClick={() => void copyText(url).then((ok) => setCopied({ url, ok }))}>
              Copy URL
            </button>{' '}
            <span aria-live="polite">
              {copied?.url === url ? (copied.ok ? 'Copied.' : 'Your browser did not allow copying: select the URL above and copy it.') : ''}
            </span>
          </p>
        </div>
      ) : null}
      {issues.length > 0 ? (
        <>
          <h3>Check these values</h3>
          <ol className="findings" aria-label="Problems with the built URL">
            {issues.map((f, i) => (
              <FindingItem key={`${f.id}-${i}`} finding={f} scenarioTitle={scenarioTitle} level={4} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
