import { useId, useMemo, useState } from 'react';
import { ACTIONS, type ActionId } from '../../shared/actions/action-list';
import { specOf } from '../../shared/actions/menus';
import { Dialog } from '../dialogs/Dialog';
import { currentContext, isEnabled, runAction } from '../actions/registry';
import { closeOverlay } from '../state/overlays';
import { useStudio } from '../state/studio-store';
import { fuzzyFilter } from './fuzzy';
import { shortcutLabels } from './useActions';
import './palette.css';

interface Entry {
  id: ActionId;
  label: string;
  category: string;
  shortcut: string | undefined;
}

/** The command palette, while it is open. */
export function CommandPalette() {
  const open = useStudio((s) => s.overlay?.kind === 'palette');
  return open ? <PaletteBody /> : null;
}

/**
 * Every action that can run now, filtered as the user types (fuzzy: "sac" finds "Save a
 * copy"), with its shortcut. Up and Down choose, Enter runs, Escape closes. It lists what was
 * possible when it opened, as if it were not there.
 */
function PaletteBody() {
  const listId = useId();
  const entries = useMemo<Entry[]>(() => {
    const ctx = currentContext({ ignoreModal: true });
    return ACTIONS.filter((a) => specOf(a).palette !== false && isEnabled(a.id, ctx)).map((a) => ({
      id: a.id,
      label: a.label,
      category: a.category,
      shortcut: shortcutLabels(a.id)[0],
    }));
  }, []);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(0);
  const shown = useMemo(
    () => fuzzyFilter(entries, query, (e) => `${e.category}: ${e.label}`),
    [entries, query],
  );
  const index = Math.min(chosen, Math.max(shown.length - 1, 0));

  const run = (id: ActionId) => {
    closeOverlay();
    runAction(id, currentContext({ ignoreModal: true }));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const n = shown.length;
      if (n > 0) setChosen((index + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = shown[index];
      if (entry) run(entry.id);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Dialog title="Command palette" onCancel={closeOverlay}>
      <div className="command-palette">
        <input
          type="text"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(index) : undefined}
          placeholder="Type a command"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setChosen(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
          {shown.map((entry, i) => (
            <li
              key={entry.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === index}
              className={i === index ? 'palette-option chosen' : 'palette-option'}
              onPointerMove={() => setChosen(i)}
              onClick={() => run(entry.id)}
            >
              <span className="palette-category">{entry.category}:</span>
              <span className="palette-label">{entry.label}</span>
              {entry.shortcut && <kbd className="palette-shortcut">{entry.shortcut}</kbd>}
            </li>
          ))}
          {shown.length === 0 && (
            <li className="palette-empty muted" role="presentation">
              No command matches.
            </li>
          )}
        </ul>
      </div>
    </Dialog>
  );
}
