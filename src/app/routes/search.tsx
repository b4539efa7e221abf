// Lazy route module: /search?q= (filled in by the search work).
import { PageHeading } from '../../components/layout/page-heading.tsx';

export function Component() {
  return <PageHeading>Search</PageHeading>;
}
