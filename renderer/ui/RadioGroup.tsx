import { useId } from 'react';
import './choice-group.css';

/** One choice of a `RadioGroup`. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** Said after the label, in brackets and muted: what the choice gives. */
  hint?: string;
  disabled?: boolean;
}

interface Props<T extends string> {
  legend: string;
  options: ReadonlyArray<RadioOption<T>>;
  value: T;
  onChange: (value: T) => void;
  /** One choice a line under the legend (long hints); else a row after it that wraps. */
  stacked?: boolean;
}

/**
 * A fieldset of radio buttons under a legend, the way the export and import dialogs ask for a
 * format, a theme or what to cover. Each group has a name of its own, so two on a page never
 * share their buttons.
 */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  stacked = false,
}: Props<T>) {
  const name = useId();
  return (
    <fieldset className={stacked ? 'choice-column' : 'choice-row'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={option.disabled === true}
            onChange={() => onChange(option.value)}
          />
          {option.label}
          {option.hint !== undefined && (
            <>
              {' '}
              <span className="muted">({option.hint})</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
