import type { ChangedReference } from '../../shared/etom/pack-references';
import { Dialog } from '../dialogs/Dialog';
import { answerPackSwitch, usePackSwitch } from '../framework/pack-switch';
import './library-dialogs.css';

const SHOWN = 200;

/** What becomes of one reference: both names where the id means another process. */
function ChangeText({ change, packLabel }: { change: ChangedReference; packLabel: string }) {
  const own = change.name ?? `(pack “${change.pack}” not available)`;
  return change.reason === 'missing' ? (
    <span className="change-text">{` ${own} — not in “${packLabel}”`}</span>
  ) : (
    <span className="change-text">
      {` ${own} — in “${packLabel}” this id is `}
      <q>{change.targetName}</q>
    </span>
  );
}

/** Lists the references that would change meaning in the chosen pack and asks before switching. */
export function PackSwitchDialog() {
  const pending = usePackSwitch((s) => s.pending);
  if (!pending) return null;
  const { changed, packLabel } = pending;
  const missing = changed.filter((c) => c.reason === 'missing').length;
  const renamed = changed.length - missing;
  return (
    <Dialog title="Switch framework pack?" onCancel={() => answerPackSwitch(false)} wide>
      <p className="warning">
        {`${changed.length} ${changed.length === 1 ? 'reference does' : 'references do'} not name the same process in “${packLabel}” (${missing} missing, ${renamed} with another name there). They stay in the workspace, by pack and id, until you change them.`}
      </p>
      <ul className="missing-list" aria-label="References that change in the new pack">
        {changed.slice(0, SHOWN).map((ref) => (
          <li key={`${ref.file}:${ref.jsonPath}`}>
            <code>{ref.processId}</code>
            <ChangeText change={ref} packLabel={packLabel} />{' '}
            {ref.kind === 'diagram-node' ? 'on diagram' : 'in mapping'}{' '}
            <span className="muted">{`${ref.file} ${ref.jsonPath}`}</span>
          </li>
        ))}
      </ul>
      {changed.length > SHOWN && <p className="muted">{`… and ${changed.length - SHOWN} more.`}</p>}
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
