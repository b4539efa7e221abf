// Human names for the catalog's enumerations, shared by the pages, the Markdown export and the prerender.
import type { ConsoleId, Source, Where } from '../catalog/schema.ts';

export const CONSOLE_NAMES: Record<ConsoleId, string> = {
  'seller-central': 'Seller Central',
  'solution-provider-portal': 'Solution Provider Portal',
  'vendor-central': 'Vendor Central',
};

export const WHERE_NAMES: Record<Where, string> = {
  'consent-page': 'On the consent page (Seller Central or Vendor Central)',
  'token-request': 'From the LWA token request',
  'api-call': 'From an SP-API call',
  'developer-console': 'In your developer console or an Amazon notice',
};

export const SOURCE_KIND_NAMES: Record<Source['kind'], string> = {
  official: 'Amazon documentation',
  'amazon-staff': 'Amazon staff answer in a public thread',
  community: 'Community report',
};
