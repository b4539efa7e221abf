// Lazy route module: /map (filled in by the map work).
import { PageHeading } from '../../components/layout/page-heading.tsx';

export function Component() {
  return <PageHeading>Decision map</PageHeading>;
}
