// Links to the checkers; the current one is marked for assistive technology and by style.
import { Link } from 'react-router';
import { TOOLS } from '../../catalog/constants.ts';
import type { ToolName } from '../../catalog/schema.ts';
import { toolMeta } from '../../engine/page-meta.ts';
import { paths } from '../../engine/paths.ts';

export function ToolNav({ current }: { current: ToolName }) {
  return (
    <nav className="tool-nav" aria-label="Checkers">
      <ul>
        {TOOLS.map((tool) => (
          <li key={tool}>
            <Link to={paths.tool(tool)} aria-current={tool === current ? 'page' : undefined}>
              {toolMeta(tool).title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
