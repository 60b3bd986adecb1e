import { useMemo, useState } from 'react';
import type { WorkspaceDocument } from '../../shared/model/document';
import {
  compareReleases,
  planReleaseUpgrade,
  type UpgradeItem,
} from '../../shared/mapping/release-upgrade';
import { Dialog } from '../dialogs/Dialog';
import { useCatalogue } from '../framework/useCatalogue';
import { usePackList } from '../framework/usePackList';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';

interface Props {
  document: WorkspaceDocument;
  readOnly: boolean;
  onClose: () => void;
}

/** "Mapping OTA-01 Take orders" or "Scope", for a row of the preview. */
function whatOf(item: UpgradeItem, document: WorkspaceDocument): string {
  if (item.ref.kind === 'scope') return 'Scope decision';
  const id = item.ref.id;
  const mapping = document.mappings.mappings.find((m) => m.id === id);
  const process = document.processes.processes.find((p) => p.id === mapping?.processId);
  return `Mapping of ${process ? [process.code, process.name].filter(Boolean).join(' ') : '?'}`;
}

/** Rows shown per list; a release that renumbers thousands still opens at once. */
const SHOWN_ROWS = 500;

function ItemTable({ items, document }: { items: UpgradeItem[]; document: WorkspaceDocument }) {
  return (
    <>
      <table className="upgrade-table">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Now</th>
            <th scope="col">After the upgrade</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, SHOWN_ROWS).map((item, index) => (
            <tr key={index}>
              <td>{whatOf(item, document)}</td>
              <td>
                {item.from.id} {item.fromName ?? ''}
              </td>
              <td>{item.to ? `${item.to.id} ${item.toName ?? ''}` : 'kept as it is'}</td>
              <td>{item.notes.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > SHOWN_ROWS && <p>and {items.length - SHOWN_ROWS} more.</p>}
    </>
  );
}

/**
 * "Upgrade workspace to release…": choose a newer pack of the framework (an imported licensed
 * workbook), see what happens to every mapping and scope decision (renumbered and renamed ones
 * to review, deleted ones as problems), then upgrade in one undoable step.
 */
export function UpgradeDialog({ document, readOnly, onClose }: Props) {
  const current = document.workspace.framework;
  const { packs } = usePackList();
  const newer = useMemo(
    () =>
      (packs ?? [])
        .filter(
          (p) =>
            p.id !== current.pack &&
            !p.reconstructed &&
            compareReleases(p.release, current.release) > 0,
        )
        .sort((a, b) => compareReleases(b.release, a.release)),
    [packs, current.pack, current.release],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const targetId = chosen ?? newer[0]?.id ?? null;
  const from = useCatalogue(current.pack);
  const to = useCatalogue(targetId);
  const plan = useMemo(
    () =>
      from.catalogue && to.catalogue
        ? planReleaseUpgrade(document, from.catalogue, to.catalogue)
        : null,
    [document, from.catalogue, to.catalogue],
  );

  const upgrade = () => {
    if (!plan) return;
    const label = `Upgrade to release ${plan.to.release}`;
    if (runCommand(plan.invocation, label)) {
      useStudio.setState({
        notice: `Upgraded to ${plan.to.pack} (release ${plan.to.release}): ${plan.items.length - plan.counts.problem} references carried over, ${plan.counts.problem} left as they were`,
      });
      onClose();
    }
  };

  const review = plan?.items.filter((i) => i.outcome === 'review') ?? [];
  const problems = plan?.items.filter((i) => i.outcome === 'problem') ?? [];
  return (
    <Dialog title="Upgrade workspace to another release" onCancel={onClose} wide>
      <p>
        The workspace uses {current.pack} (release {current.release}). Mappings and scope decisions
        are carried over by TM Forum's UID, which stays with a process when a release renumbers it.
      </p>
      {packs !== null && newer.length === 0 ? (
        <p role="status">
          No newer release is available. Import a newer licensed GB921 workbook (File ▸ Import GB921
          workbook…) to upgrade to it.
        </p>
      ) : (
        <label>
          Upgrade to{' '}
          <select
            aria-label="Release to upgrade to"
            value={targetId ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {newer.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label} (release {p.release})
              </option>
            ))}
          </select>
        </label>
      )}
      {(from.error ?? to.error) && <p role="alert">{(from.error ?? to.error)?.message}</p>}
      {plan && (
        <>
          <p role="status" className="upgrade-counts">
            {plan.counts.unchanged} unchanged, {plan.counts.review} to review, {plan.counts.problem}{' '}
            {plan.counts.problem === 1 ? 'problem' : 'problems'}.
          </p>
          {review.length > 0 && (
            <section aria-label="To review">
              <h3>Renumbered or renamed: review ({review.length})</h3>
              <ItemTable items={review} document={document} />
            </section>
          )}
          {problems.length > 0 && (
            <section aria-label="Problems">
              <h3>Problems: kept as they are ({problems.length})</h3>
              <ItemTable items={problems} document={document} />
            </section>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" disabled={readOnly || !plan} onClick={upgrade}>
          {plan ? `Upgrade to release ${plan.to.release}` : 'Upgrade'}
        </button>
      </div>
    </Dialog>
  );
}
