import { ErrorsPage } from '../../components/errors/errors-page.tsx';
import { useCatalog } from '../catalog-query.ts';

export function ErrorsRoute() {
  return <ErrorsPage catalog={useCatalog()} />;
}
