import { PasteBox } from '../../components/paste/paste-box.tsx';
import { StartPage } from '../../components/start/start-page.tsx';
import { useCatalog } from '../catalog-query.ts';

export function HomeRoute() {
  const catalog = useCatalog();
  return <StartPage catalog={catalog} paste={<PasteBox catalog={catalog} />} />;
}
