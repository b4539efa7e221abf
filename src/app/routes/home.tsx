import { PasteBox } from '../../components/paste/paste-box.tsx';
import { StartPage } from '../../components/start/start-page.tsx';
import { useRulesLoader } from '../data.ts';
import { usePageData } from '../page-data.ts';

export function HomeRoute() {
  const { groups } = usePageData('home');
  return <StartPage groups={groups} paste={<PasteBox loadRules={useRulesLoader()} />} />;
}
