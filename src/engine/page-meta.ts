// Title and description of every page, from the catalog. The prerender writes them into each HTML
// file's head (with the share tags); the app sets the title on client-side navigation.
import type { Catalog, ToolName } from '../catalog/schema.ts';

export const PRODUCT = 'SP-API Authorization Troubleshooter';

export interface PageMeta {
  title: string;
  description: string;
}

const TOOL_META: Record<ToolName, PageMeta> = {
  'consent-url': {
    title: 'Consent URL checker',
    description:
      'Paste an SP-API authorization (consent) URL and see what is wrong with its host, application_id, version=beta and redirect_uri.',
  },
  'redirect-uri': {
    title: 'Redirect URI checker',
    description: 'Compare the redirect URI you used with the ones registered on your app and see the exact difference.',
  },
  'token-request': {
    title: 'Token request checker',
    description: 'Paste a curl command or HTTP request to the LWA token endpoint and see what is wrong with it.',
  },
  region: {
    title: 'Region checker',
    description: 'Check an SP-API endpoint, marketplace, credential-scope region and token region against each other.',
  },
  operation: {
    title: 'Operation checker',
    description:
      'Enter an SP-API operation, request, URL or report type and see what the call needs: roles, Restricted Data Token, grantless token, seller or vendor authorization, regions and API version.',
  },
};

export function toolMeta(name: ToolName): PageMeta {
  return TOOL_META[name];
}

const full = (title: string) => `${title} · ${PRODUCT}`;

/** Meta for a path relative to the site base (no query string). Unknown paths get the not-found meta. */
export function pageMeta(catalog: Catalog, pathname: string): PageMeta & { found: boolean } {
  const [, first = '', second = ''] = pathname.split('/');
  const node = Object.hasOwn(catalog.nodes, second) ? catalog.nodes[second] : undefined;
  if (pathname === '/') {
    return {
      found: true,
      title: PRODUCT,
      description:
        'Paste an SP-API authorization error or pick what you see, answer a few questions, and get the exact fix: cause, steps per console, a checklist and how to confirm it worked.',
    };
  }
  if (first === 'errors' && !second)
    return {
      found: true,
      title: full('Error index'),
      description:
        'Every SP-API authorization symptom in one index: MD codes, HTTP statuses, LWA errors and messages, each with its meaning and fix.',
    };
  if (first === 'search' && !second)
    return { found: true, title: full('Search'), description: 'Search SP-API authorization errors, codes and fixes.' };
  if (first === 'map' && !second)
    return {
      found: true,
      title: full('Decision map'),
      description: 'The whole SP-API authorization decision tree as a diagram and an outline.',
    };
  if (first === 'tools' && second in TOOL_META) {
    const meta = TOOL_META[second as ToolName];
    return { found: true, title: full(meta.title), description: meta.description };
  }
  if (node && (first === 'question' || first === 'scenario') && node.kind === first) {
    return { found: true, title: full(node.title), description: node.summary };
  }
  return {
    found: false,
    title: full('Page not found'),
    description: 'There is no page at this address. Try the nearest matches, the error index or search.',
  };
}
