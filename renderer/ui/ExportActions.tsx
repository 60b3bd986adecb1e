/**
 * The buttons under an export dialog's form: Cancel (or, where the export can be stopped while
 * it runs, Cancel export) and Export, which submits the form and reads "Exporting…" meanwhile.
 */
export function ExportActions({
  working,
  ready,
  onCancel,
  onStop,
}: {
  working: boolean;
  /** Export may go ahead. */
  ready: boolean;
  onCancel: () => void;
  /** Stops the export running; without it Cancel stays as it is while one runs. */
  onStop?: () => void;
}) {
  return (
    <div className="dialog-actions">
      {working && onStop ? (
        <button type="button" onClick={onStop}>
          Cancel export
        </button>
      ) : (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      <button type="submit" className="primary" disabled={!ready}>
        {working ? 'Exporting…' : 'Export'}
      </button>
    </div>
  );
}
