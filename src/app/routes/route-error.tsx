// What a page shows when its loader fails: a not-found page with the nearest ids for an unknown id,
// a retry when the page's data could not be downloaded, and a plain apology for anything else.
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { NotFoundPage } from '../../components/not-found/not-found-page.tsx';
import { PageHeading } from '../../components/layout/page-heading.tsx';
import { paths } from '../../engine/paths.ts';
import { DataLoadError } from '../fetch-json.ts';
import type { NotFoundData } from '../loaders.ts';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const data = error.data as NotFoundData;
    const what = data.kind === 'page' ? 'this address' : `the ${data.kind} “${data.id}”`;
    return <NotFoundPage what={what} suggestions={data.suggestions} />;
  }
  if (error instanceof DataLoadError) return <DataFailed message={error.message} />;
  return (
    <div>
      <PageHeading>Something went wrong on this page</PageHeading>
      <p>
        The page could not be shown. <Link to={paths.home()}>Start over</Link> or reload the page.
      </p>
    </div>
  );
}

function DataFailed({ message }: { message: string }) {
  const revalidator = useRevalidator();
  return (
    <div role="alert">
      <PageHeading>The troubleshooter could not load this page</PageHeading>
      <p>{message} Check your connection and try again.</p>
      <button type="button" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
        {revalidator.state === 'loading' ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
