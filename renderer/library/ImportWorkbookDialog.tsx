import { useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { WorkbookImportReport } from '../../shared/ipc/methods/framework-methods';
import { Dialog } from '../dialogs/Dialog';
import { openLibraryDialog, useLibrary } from '../framework/library-store';
import { forgetUserPack, refreshPacks } from '../framework/pack-store';
import { host } from '../platform/host';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { ImportReportView } from './ImportReportView';

type Stage =
  | { kind: 'ask' }
  | { kind: 'working' }
  | { kind: 'done'; report: WorkbookImportReport }
  | { kind: 'failed'; error: HostError };

/**
 * Imports the user's licensed GB921 workbook. The host reads the file from the path typed here
 * (the browser host has no native file dialog) and keeps the pack in the app-data folder.
 */
export function ImportWorkbookDialog() {
  const open = useLibrary((s) => s.dialog === 'import');
  if (!open) return null;
  return <ImportBody />;
}

function ImportBody() {
  const [path, setPath] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const close = () => openLibraryDialog(null);

  const run = async () => {
    setStage({ kind: 'working' });
    const result = await host().call('framework.importWorkbook', { path: path.trim() });
    if (!result.ok) {
      setStage({ kind: 'failed', error: result.error });
      return;
    }
    forgetUserPack(result.value.packId);
    await refreshPacks();
    setStage({ kind: 'done', report: result.value });
  };

  return (
    <Dialog title="Import GB921 workbook" onCancel={close} wide>
      {stage.kind !== 'done' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim() !== '') void run();
          }}
        >
          <p className="muted">
            TM Forum’s GB921 Business Process Framework Excel workbook (sheet “eTOM25,5”). Its
            processes and descriptions go into a pack on this computer, not into the workspace.
          </p>
          <div className="field">
            <label htmlFor="workbook-path">Workbook file path</label>
            <input
              id="workbook-path"
              type="text"
              value={path}
              placeholder="/path/to/GB921_Business_Process_Framework_Processes_Excel_v25.5.xlsx"
              onChange={(event) => setPath(event.target.value)}
              spellCheck={false}
            />
          </div>
          {stage.kind === 'failed' && (
            <ErrorNotice error={stage.error} onDismiss={() => setStage({ kind: 'ask' })} />
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button
              type="submit"
              className="primary"
              disabled={path.trim() === '' || stage.kind === 'working'}
            >
              {stage.kind === 'working' ? 'Importing…' : 'Import'}
            </button>
          </div>
        </form>
      )}
      {stage.kind === 'done' && (
        <>
          <ImportReportView report={stage.report} />
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
