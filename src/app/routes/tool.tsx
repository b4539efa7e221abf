// Lazy route module: /tools/:name (filled in by the checkers work).
import { useParams } from 'react-router';
import { PageHeading } from '../../components/layout/page-heading.tsx';

export function Component() {
  return <PageHeading>{useParams().name}</PageHeading>;
}
