import { useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { WorkbookImportReport } from '../../shared/ipc/methods/framework-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { Dialog } from '../dialogs/Dialog';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
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
 * Imports the user's licensed GB921 workbook. The host reads the file chosen with its native
 * file picker ("Choose…", where it has one) or typed here (the browser host), and keeps the pack
 * in the app-data folder.
 */
export function ImportWorkbookDialog() {
  const open = useLibrary((s) => s.dialog === 'import');
  if (!open) return null;
  return <ImportBody />;
}

function ImportBody() {
  const workbook = usePlace();
  const native = useNativeDialogs();
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const close = () => openLibraryDialog(null);
  const path = workbook.place.path;

  const choose = async () => {
    const result = await host().call('dialog.pickWorkbook', {});
    if (!result.ok) setStage({ kind: 'failed', error: result.error });
    else if (result.value !== null) workbook.pick(result.value);
  };

  const run = async () => {
    setStage({ kind: 'working' });
    const result = await host().call('framework.importWorkbook', placeOf(workbook.chosen));
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
          <div className="field-row">
            <div className="field">
              <label htmlFor="workbook-path">Workbook file path</label>
              <input
                id="workbook-path"
                type="text"
                value={path}
                placeholder="/path/to/GB921_Business_Process_Framework_Processes_Excel_v25.5.xlsx"
                onChange={(event) => workbook.type(event.target.value)}
                spellCheck={false}
              />
            </div>
            {native && (
              <button type="button" className="browse" onClick={() => void choose()}>
                Choose…
              </button>
            )}
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
