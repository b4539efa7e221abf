// A banner when the catalog cannot be loaded: what happened, that the page shown is still readable, and
// a Retry. It sits outside the page content, so the content (prerendered HTML) stays on screen.
import { useCatalogStatus } from './catalog-query.ts';

export function CatalogStatus() {
  const { error, failed, retrying, retry } = useCatalogStatus();
  if (!failed && !retrying) return null;
  return (
    <div className="notice catalog-status" role="alert">
      <p>
        {error?.message ?? 'The troubleshooter could not load its data.'} This page can still be read, but its buttons, checklist
        and answers need the data to work.
      </p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
