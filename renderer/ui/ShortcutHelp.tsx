import { useMemo } from 'react';
import { ACTIONS } from '../../shared/actions/action-list';
import { Dialog } from '../dialogs/Dialog';
import { closeOverlay } from '../state/overlays';
import { useStudio } from '../state/studio-store';
import { shortcutLabels } from './useActions';
import './palette.css';

/** The shortcut help, while it is open. */
export function ShortcutHelp() {
  const open = useStudio((s) => s.overlay?.kind === 'shortcuts');
  return open ? <ShortcutTable /> : null;
}

/** Every shortcut of the action list, by category; generated, so it is never out of date. */
function ShortcutTable() {
  const categories = useMemo(() => {
    const byCategory = new Map<string, Array<{ id: string; label: string; keys: string[] }>>();
    for (const action of ACTIONS) {
      const keys = shortcutLabels(action.id);
      if (keys.length === 0) continue;
      const rows = byCategory.get(action.category) ?? [];
      rows.push({ id: action.id, label: action.label, keys });
      byCategory.set(action.category, rows);
    }
    return [...byCategory];
  }, []);
  return (
    <Dialog title="Keyboard shortcuts" onCancel={closeOverlay} wide>
      <div className="shortcut-help">
        {categories.map(([category, rows]) => (
          <section key={category} aria-label={category}>
            <h3>{category}</h3>
            <table>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    <td>
                      {row.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && <span className="muted"> or </span>}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={closeOverlay}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
