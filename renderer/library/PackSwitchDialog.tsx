import { Dialog } from '../dialogs/Dialog';
import { answerPackSwitch, usePackSwitch } from '../framework/pack-switch';
import './library-dialogs.css';

const SHOWN = 200;

/** Lists the references the chosen pack lacks and asks before switching. */
export function PackSwitchDialog() {
  const pending = usePackSwitch((s) => s.pending);
  if (!pending) return null;
  const { missing, packLabel } = pending;
  return (
    <Dialog title="Switch framework pack?" onCancel={() => answerPackSwitch(false)} wide>
      <p className="warning">
        {`${missing.length} ${missing.length === 1 ? 'reference is' : 'references are'} not in “${packLabel}”. They stay in the workspace and show as missing until you switch back or change them.`}
      </p>
      <ul className="missing-list" aria-label="References missing in the new pack">
        {missing.slice(0, SHOWN).map((ref) => (
          <li key={`${ref.file}:${ref.jsonPath}`}>
            <code>{ref.processId}</code> {ref.kind === 'diagram-node' ? 'on diagram' : 'in mapping'}{' '}
            <span className="muted">{`${ref.file} ${ref.jsonPath}`}</span>
          </li>
        ))}
      </ul>
      {missing.length > SHOWN && <p className="muted">{`… and ${missing.length - SHOWN} more.`}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={() => answerPackSwitch(false)}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => answerPackSwitch(true)}>
          Switch anyway
        </button>
      </div>
    </Dialog>
  );
}
