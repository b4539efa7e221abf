import { ErrorsPage } from '../../components/errors/errors-page.tsx';
import { usePageData } from '../page-data.ts';

export function ErrorsRoute() {
  return <ErrorsPage index={usePageData('errors').index} />;
}
