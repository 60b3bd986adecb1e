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

type Category = [string, Array<{ id: string; label: string; keys: string[] }>];

/**
 * The categories in two columns of about one height: the longest first, each to the shorter
 * column, the action list's order kept within a column. (CSS columns keep the order across
 * them, which left one column three times the other's height.)
 */
function balanced(categories: readonly Category[]): [Category[], Category[]] {
  const columns: [Category[], Category[]] = [[], []];
  const heights = [0, 0];
  const order = new Map(categories.map((category, i) => [category, i]));
  // A heading counts as two rows.
  for (const category of [...categories].sort((a, b) => b[1].length - a[1].length)) {
    const shorter = heights[0]! <= heights[1]! ? 0 : 1;
    columns[shorter].push(category);
    heights[shorter]! += category[1].length + 2;
  }
  for (const column of columns) column.sort((a, b) => order.get(a)! - order.get(b)!);
  return columns;
}

function CategoryTable({ category: [name, rows] }: { category: Category }) {
  return (
    <section aria-label={name}>
      <h3>{name}</h3>
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
  );
}

/** Every shortcut of the action list, by category; generated, so it is never out of date. */
function ShortcutTable() {
  const columns = useMemo(() => {
    const byCategory = new Map<string, Category[1]>();
    for (const action of ACTIONS) {
      const keys = shortcutLabels(action.id);
      if (keys.length === 0) continue;
      const rows = byCategory.get(action.category) ?? [];
      rows.push({ id: action.id, label: action.label, keys });
      byCategory.set(action.category, rows);
    }
    return balanced([...byCategory]);
  }, []);
  return (
    <Dialog title="Keyboard shortcuts" onCancel={closeOverlay} wide>
      <div className="shortcut-help-scroll">
        <div className="shortcut-help">
          {columns.map((column, i) => (
            <div key={i} className="shortcut-column">
              {column.map((category) => (
                <CategoryTable key={category[0]} category={category} />
              ))}
            </div>
          ))}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={closeOverlay}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
