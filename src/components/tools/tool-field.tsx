// A labelled text field of a checker, with an optional hint. Never autocompleted, spell-checked or
// stored: what is typed stays in the page's state.
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Rows of a textarea; a single-line input when absent. */
  rows?: number;
  placeholder?: string;
  /** Keyboard hint for single-line inputs. */
  inputMode?: 'url' | 'text';
}

export function ToolField({ label, value, onChange, hint, rows, placeholder, inputMode = 'text' }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    placeholder,
    autoComplete: 'off',
    autoCorrect: 'off',
    autoCapitalize: 'off',
    spellCheck: false,
    'data-gramm': 'false',
    'data-enable-grammarly': 'false',
    'aria-describedby': hint ? hintId : undefined,
  } as const;
  return (
    <div className="tool-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="tool-hint">
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
