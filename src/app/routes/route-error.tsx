// What a page shows when its loader fails: a not-found page with the nearest ids for an unknown id,
// a retry when the catalog could not be loaded, and a plain apology for anything else.
import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { NotFoundPage } from '../../components/not-found/not-found-page.tsx';
import { PageHeading } from '../../components/layout/page-heading.tsx';
import { CatalogLoadError } from '../../catalog/fetch.ts';
import { nearestIds } from '../../engine/nearest.ts';
import { paths } from '../../engine/paths.ts';
import { catalogQuery, useCatalog } from '../catalog-query.ts';
import type { NotFoundData } from '../loaders.ts';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute data={error.data as NotFoundData} />;
  if (error instanceof CatalogLoadError) return <CatalogFailed message={error.message} />;
  return (
    <div>
      <PageHeading>Something went wrong on this page</PageHeading>
      <p>
        The page could not be shown. <Link to={paths.home()}>Start over</Link> or reload the page.
      </p>
    </div>
  );
}

function NotFoundRoute({ data }: { data: NotFoundData }) {
  const catalog = useCatalog();
  const entries = Object.entries(catalog.nodes);
  const pool = data.kind === 'page' ? entries : entries.filter(([, n]) => n.kind === data.kind);
  const suggestions = nearestIds(data.id, pool.map(([id]) => id)).flatMap((id) => {
    const node = catalog.nodes[id];
    return node ? [{ id, kind: node.kind, title: node.title }] : [];
  });
  const what = data.kind === 'page' ? 'this address' : `the ${data.kind} “${data.id}”`;
  return <NotFoundPage what={what} suggestions={suggestions} />;
}

function CatalogFailed({ message }: { message: string }) {
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const retry = async () => {
    await queryClient.resetQueries({ queryKey: catalogQuery.queryKey });
    await revalidator.revalidate();
  };
  return (
    <div role="alert">
      <PageHeading>The troubleshooter could not load its data</PageHeading>
      <p>{message} Check your connection and try again.</p>
      <button type="button" onClick={() => void retry()}>
        Retry
      </button>
    </div>
  );
}
