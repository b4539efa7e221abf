import type { Scenario } from '../../catalog/schema.ts';
import { InlineText } from '../text/inline-text.tsx';

interface Props {
  items: Scenario['checklist'];
  ticked: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}

/** Real checkboxes with labels; ticks are stored by item id. */
export function Checklist({ items, ticked, onToggle }: Props) {
  const done = items.filter((i) => ticked.has(i.id)).length;
  return (
    <>
      <p className="checklist-progress" aria-live="polite">
        {done} of {items.length} done
      </p>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={ticked.has(item.id)} onChange={(e) => onToggle(item.id, e.currentTarget.checked)} />{' '}
              <InlineText text={item.text} />
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
