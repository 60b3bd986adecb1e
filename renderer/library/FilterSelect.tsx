interface Props {
  id: string;
  label: string;
  /** The "no filter" choice, e.g. "All levels". */
  anyLabel: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}

/** One labelled filter of the library search: a select whose empty value means "any". */
export function FilterSelect({ id, label, anyLabel, value, options, onChange }: Props) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
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
