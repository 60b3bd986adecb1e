import { processUsages } from '../../shared/commands/process-commands';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { ProcessId } from '../../shared/model/ids';
import { Dialog } from '../dialogs/Dialog';
import { runCommand } from '../state/edit-actions';

/**
 * Asks before deleting a process: what goes with it (its subtree) and what uses it (diagram
 * nodes, mappings), and whether those go too or stay (showing the process as missing).
 */
export function DeleteProcessDialog(props: {
  document: WorkspaceDocument;
  id: ProcessId;
  onClose: (deleted: boolean) => void;
}) {
  const { document, id, onClose } = props;
  const usages = processUsages(document, [id]);
  const name = document.processes.processes.find((p) => p.id === id)?.name ?? id;
  const nodes = usages.diagrams.reduce((n, d) => n + d.nodeIds.length, 0);
  const diagramName = (diagramId: string) =>
    document.diagrams.find((d) => d.id === diagramId)?.name ?? diagramId;
  const used = nodes > 0 || usages.mappingIds.length > 0;
  const run = (usagesChoice: 'remove' | 'keep') => {
    onClose(
      runCommand(
        { name: 'process.delete', args: { ids: [id], usages: usagesChoice } },
        'Delete process',
      ),
    );
  };
  return (
    <Dialog title={`Delete “${name}”?`} onCancel={() => onClose(false)}>
      <p>
        {usages.processIds.length > 1
          ? `It goes with the ${usages.processIds.length - 1} process(es) below it.`
          : 'It has no processes below it.'}
      </p>
      {used ? (
        <>
          <p>What uses it:</p>
          <ul className="catalogue-usages" aria-label="Usages">
            {usages.diagrams
              .filter((d) => d.nodeIds.length > 0)
              .map((d) => (
                <li key={d.id}>
                  {d.nodeIds.length} node(s) on the diagram “{diagramName(d.id)}”
                </li>
              ))}
            {usages.mappingIds.length > 0 && (
              <li>{usages.mappingIds.length} mapping(s) to eTOM processes</li>
            )}
          </ul>
        </>
      ) : (
        <p>Nothing uses it.</p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose(false)}>
          Cancel
        </button>
        {used && (
          <button type="button" onClick={() => run('keep')}>
            Delete, keep usages
          </button>
        )}
        <button type="button" className="primary" onClick={() => run('remove')}>
          {used ? 'Delete with usages' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}
