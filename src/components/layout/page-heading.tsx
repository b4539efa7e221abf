// The page's one h1. After each navigation the layout moves focus here, so it can take focus.
import type { ReactNode } from 'react';

export const PAGE_HEADING_ID = 'page-heading';

export function PageHeading({ children, eyebrow }: { children: ReactNode; eyebrow?: string }) {
  return (
    <header className="page-header">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {children}
      </h1>
    </header>
  );
}
