import { useId, useMemo, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  /** Every choice, as the field shows it. */
  choices: readonly string[];
  disabled?: boolean;
  onChange: (value: string) => void;
}

const SHOWN = 8;

/** The first choices holding every word typed, those starting with the text first. */
export function matchChoices(choices: readonly string[], text: string, limit = SHOWN): string[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const lead = text.trim().toLowerCase();
  const starts: string[] = [];
  const others: string[] = [];
  for (const choice of choices) {
    const folded = choice.toLowerCase();
    if (!words.every((word) => folded.includes(word))) continue;
    (folded.startsWith(lead) ? starts : others).push(choice);
    if (starts.length >= limit) break;
  }
  return [...starts, ...others].slice(0, limit);
}

/**
 * A text field with a short list of matching choices (a WAI-ARIA combobox): arrow keys move in
 * the list, Enter or a click takes a choice, Escape closes it. Free text stays allowed.
 */
export function TypeAheadField({ label, placeholder, value, choices, disabled, onChange }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () => (open ? matchChoices(choices, value).filter((c) => c !== value) : []),
    [open, choices, value],
  );
  const shown = matches.length > 0;

  const pick = (choice: string) => {
    onChange(choice);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!shown) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      const choice = matches[Math.min(active, matches.length - 1)];
      if (choice !== undefined) {
        event.preventDefault();
        pick(choice);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <span className="type-ahead">
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={value}
        disabled={disabled}
        autoComplete="off"
        onChange={(event) => {
          onChange(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <ul id={listId} role="listbox" aria-label={`${label} choices`} className="type-ahead-list">
          {matches.map((choice, index) => (
            <li
              key={choice}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Taken on mouse down, before the field's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(choice);
              }}
            >
              {choice}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
