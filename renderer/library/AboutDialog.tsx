import { GB921_ATTRIBUTION } from '../../shared/etom/registry';
import { Dialog } from '../dialogs/Dialog';
import { openLibraryDialog, useLibrary } from '../framework/library-store';

/** The About box: what the app is and TM Forum's attribution. */
export function AboutDialog() {
  const open = useLibrary((s) => s.dialog === 'about');
  if (!open) return null;
  const close = () => openLibraryDialog(null);
  return (
    <Dialog title="About eTOM Studio" onCancel={close}>
      <p>An offline process-modelling editor for the TM Forum Business Process Framework (eTOM).</p>
      <p className="attribution">{GB921_ATTRIBUTION}</p>
      <p className="muted">
        The classic (pre-2016, eTOM v14 scheme) pack is reconstructed from TM Forum’s lineage data
        and dated public sources; each of its processes shows how well sources confirm it. Process
        descriptions appear only from a GB921 workbook you import yourself.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
