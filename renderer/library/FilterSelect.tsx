interface Props {
  id: string;
  label: string;
  /** The "no filter" choice, e.g. "All levels". */
  anyLabel: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

/**
 * One labelled filter of the library search: a select whose empty value means "any". Its label
 * is for assistive technology and the tooltip; the select's own text says what it filters.
 */
export function FilterSelect({ id, label, anyLabel, value, options, onChange }: Props) {
  return (
    <div>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        title={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
