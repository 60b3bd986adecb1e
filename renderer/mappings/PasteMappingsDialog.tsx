import { useDeferredValue, useMemo, useState } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../shared/model/document';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { Dialog } from '../dialogs/Dialog';
import { createMappings } from './mapping-actions';
import { MAX_PASTE_LINES, checkPaste, splitPaste } from './paste-rows';

interface Props {
  document: WorkspaceDocument;
  catalogue: FrameworkCatalogue;
  onClose: () => void;
}

const PREVIEW_LIMIT = 500;

/**
 * Bulk paste: `company process | eTOM id | alignment | note` per line, or rows copied from a
 * spreadsheet. A preview checks each line before anything is created; lines with errors are
 * listed with the reason and left out.
 */
export function PasteMappingsDialog({ document, catalogue, onClose }: Props) {
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const lines = useMemo(() => splitPaste(deferred), [deferred]);
  const tooMany = lines.length > MAX_PASTE_LINES;
  const rows = useMemo(
    () =>
      tooMany
        ? []
        : checkPaste(lines, {
            processes: document.processes.processes,
            catalogue,
            scale: alignmentsOf(document.workspace),
            existing: document.mappings.mappings,
          }),
    [lines, tooMany, document, catalogue],
  );
  const good = rows.filter((row) => row.ok);
  const bad = rows.length - good.length;

  const create = () => {
    if (good.length === 0) return;
    const label = good.length === 1 ? 'Paste a mapping' : `Paste ${good.length} mappings`;
    if (
      createMappings(
        good.map((row) => row.entry),
        label,
      )
    )
      onClose();
  };

  return (
    <Dialog title="Paste mappings" onCancel={onClose} wide>
      <p>
        One mapping per line: <code>company process | eTOM id | alignment | note</code>, or rows
        copied from a spreadsheet in that column order. The company process may be its name or code;
        a blank alignment is {alignmentsOf(document.workspace)[0]?.label ?? 'the first'}.
      </p>
      <textarea
        className="mapping-paste-text"
        aria-label="Rows to paste"
        rows={7}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
      />
      {tooMany && (
        <p role="alert" className="mapping-error">
          {lines.length} lines: at most {MAX_PASTE_LINES} at once.
        </p>
      )}
      {rows.length > 0 && (
        <>
          <p className="mapping-paste-summary" aria-live="polite">
            {good.length} to create{bad > 0 ? `, ${bad} with errors (left out)` : ''}
          </p>
          <div className="mapping-paste-preview">
            <table aria-label="Paste preview">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Company process</th>
                  <th>eTOM process</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, PREVIEW_LIMIT).map((row) =>
                  row.ok ? (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td>{row.processName}</td>
                      <td>{row.targetName}</td>
                      <td>
                        {row.entry.alignment}
                        {row.entry.rationale ? ` · ${row.entry.rationale}` : ''}
                      </td>
                    </tr>
                  ) : (
                    <tr key={row.line} className="is-error">
                      <td>{row.line}</td>
                      <td>{row.cells[0] ?? ''}</td>
                      <td>{row.cells[1] ?? ''}</td>
                      <td>{row.errors.join('; ')}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
            {rows.length > PREVIEW_LIMIT && <p>… and {rows.length - PREVIEW_LIMIT} more lines</p>}
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={good.length === 0} onClick={create}>
          {good.length === 1 ? 'Create 1 mapping' : `Create ${good.length} mappings`}
        </button>
      </div>
    </Dialog>
  );
}
