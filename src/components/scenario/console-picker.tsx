import { CONSOLES } from '../../catalog/constants.ts';
import { CONSOLE_NAMES } from '../../engine/labels.ts';
import type { ConsoleChoice } from '../../engine/saved-state.ts';

/** Radio buttons: which console's menus the steps should show. Remembered across pages. */
export function ConsolePicker({ value, onChange }: { value: ConsoleChoice; onChange: (c: ConsoleChoice) => void }) {
  const options: Array<{ id: ConsoleChoice; label: string }> = [
    ...CONSOLES.map((id) => ({ id, label: CONSOLE_NAMES[id] })),
    { id: 'all', label: 'Show all' },
  ];
  return (
    <fieldset className="console-picker">
      <legend>Your console</legend>
      {options.map((o) => (
        <label key={o.id}>
          <input type="radio" name="console" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
