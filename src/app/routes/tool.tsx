// Lazy route module: /tools/:name. This chunk holds the four checkers, so no other page ships them.
// Inputs in the query string (shared links) are read only after hydration: the prerendered page has
// none. A link whose inputs hold a secret is not loaded, and its query is cleared from the address bar.
import { useEffect } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { useSiteHref } from '../../components/search/use-site-href.ts';
import { ConsentUrlTool } from '../../components/tools/consent-url-tool.tsx';
import { OperationTool } from '../../components/tools/operation-tool.tsx';
import { RedirectUriTool } from '../../components/tools/redirect-uri-tool.tsx';
import { RegionTool } from '../../components/tools/region-tool.tsx';
import { TokenRequestTool } from '../../components/tools/token-request-tool.tsx';
import { isToolName, readToolInputs, type UrlInputs } from '../../engine/tool-inputs.ts';
import { useHydrated } from '../../components/use-hydrated.ts';
import type { ToolName } from '../../catalog/schema.ts';
import { paths } from '../../engine/paths.ts';
import { usePageData } from '../page-data.ts';

const NONE: UrlInputs<ToolName> = { inputs: {}, filled: false, blocked: [] };

export function Component() {
  const { name = '' } = useParams();
  const { scenarioTitles } = usePageData('tool');
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const location = useLocation();
  const siteHref = useSiteHref();
  const tool = isToolName(name) ? name : null;
  const { inputs, filled, blocked } = tool && hydrated ? readToolInputs<ToolName>(tool, params) : NONE;
  const strip = tool && blocked.length > 0 ? siteHref(paths.tool(tool)) : null;

  useEffect(() => {
    if (strip) window.history.replaceState(window.history.state, '', strip);
  }, [strip]);

  const scenarioTitle = (id: string) => (Object.hasOwn(scenarioTitles, id) ? scenarioTitles[id] : undefined);
  // A new key once a link's inputs are known, so the view starts from them.
  const key = `${name}:${filled ? location.key : 'blank'}`;
  const props = { initial: inputs, blocked, scenarioTitle };
  switch (tool) {
    case 'consent-url':
      return <ConsentUrlTool key={key} {...props} />;
    case 'redirect-uri':
      return <RedirectUriTool key={key} {...props} />;
    case 'token-request':
      return <TokenRequestTool key={key} {...props} />;
    case 'region':
      return <RegionTool key={key} {...props} />;
    case 'operation':
      return <OperationTool key={key} {...props} />;
    default:
      return null;
  }
}
