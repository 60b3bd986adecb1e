import { useMemo, useState } from 'react';
import {
  FIELD_LABELS,
  IMPORT_FIELDS,
  guessColumns,
  type ColumnMap,
  type ImportField,
} from '../../shared/catalogue-io/columns';
import { planImport } from '../../shared/catalogue-io/import-plan';
import { parseTableText, type Table } from '../../shared/catalogue-io/table-text';
import { getBuiltInPack } from '../../shared/etom/registry';
import type { WorkspaceDocument } from '../../shared/model/document';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { Dialog } from '../dialogs/Dialog';
import { host } from '../platform/host';
import { runCommand } from '../state/edit-actions';

const PREVIEW_ROWS = 200;

/**
 * Imports company processes: a table pasted from a spreadsheet or read from a CSV / XLSX file,
 * its columns mapped to fields, a preview with every fault by row and column, then one undo
 * step. Nothing is written before "Import".
 */
export function ImportProcessesDialog(props: { document: WorkspaceDocument; onClose: () => void }) {
  const { document, onClose } = props;
  const [pasted, setPasted] = useState('');
  const [filePath, setFilePath] = useState('');
  const [table, setTable] = useState<Table | null>(null);
  const [source, setSource] = useState('');
  const [columns, setColumns] = useState<ColumnMap>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = (next: Table, from: string) => {
    setTable(next);
    setSource(from);
    setColumns(guessColumns(next.header));
    setError(null);
  };
  const readPaste = () => {
    try {
      load(parseTableText(pasted, 'pasted rows'), 'pasted rows');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const readFile = async () => {
    setBusy(true);
    const result = await host().call('catalogue.readTable', { path: filePath.trim() });
    setBusy(false);
    if (result.ok) load(result.value, filePath.trim());
    else setError(result.error.message);
  };

  const plan = useMemo(() => {
    if (!table || (columns.name === undefined && columns.path === undefined)) return null;
    const pack = getBuiltInPack(document.workspace.framework.pack);
    return planImport(table, columns, {
      existing: document.processes.processes,
      framework: document.workspace.framework,
      alignments: alignmentsOf(document.workspace),
      ...(pack
        ? { frameworkIds: new Map(pack.processes.map((p) => [p.id as string, undefined])) }
        : {}),
      now: new Date().toISOString(),
    });
  }, [table, columns, document]);

  const accept = () => {
    if (!plan || plan.problems.length > 0) return;
    setBusy(true);
    // Let the progress bar paint before the (synchronous) import of thousands of rows.
    setTimeout(() => {
      const done = runCommand(
        { name: 'process.add', args: { processes: plan.processes, mappings: plan.mappings } },
        'Import processes',
      );
      setBusy(false);
      if (done) onClose();
    }, 30);
  };

  return (
    <Dialog title="Import company processes" onCancel={onClose} wide>
      {!table ? (
        <div className="catalogue-import-source">
          <label className="catalogue-field">
            <span>Paste rows from a spreadsheet (with the header row)</span>
            <textarea
              rows={8}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              placeholder={'Code\tName\tParent code\nOTA\tOrder to activate\t'}
            />
          </label>
          <button type="button" disabled={pasted.trim() === ''} onClick={readPaste}>
            Use pasted rows
          </button>
          <label className="catalogue-field">
            <span>Or a CSV or XLSX file (full path)</span>
            <input value={filePath} onChange={(e) => setFilePath(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={filePath.trim() === '' || busy}
            onClick={() => void readFile()}
          >
            Read file
          </button>
        </div>
      ) : (
        <>
          <p>
            {source}: {table.rows.length} row(s) under the header. Choose the column of each field.
          </p>
          <div className="catalogue-columns" role="group" aria-label="Column mapping">
            {IMPORT_FIELDS.map((field: ImportField) => (
              <label key={field} className="catalogue-field">
                <span>{FIELD_LABELS[field]}</span>
                <select
                  // Named by the field alone: the wrapping label would add every option's text.
                  aria-label={FIELD_LABELS[field]}
                  value={columns[field] ?? ''}
                  onChange={(e) => {
                    const next = { ...columns };
                    if (e.target.value === '') delete next[field];
                    else next[field] = Number(e.target.value);
                    setColumns(next);
                  }}
                >
                  <option value="">(none)</option>
                  {table.header.map((name, index) => (
                    <option key={index} value={index}>
                      {name || `Column ${index + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {!plan ? (
            <p className="warning">Choose the column that gives the name (or the path).</p>
          ) : (
            <Preview plan={plan} document={document} />
          )}
        </>
      )}
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {busy && <progress aria-label="Importing" />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {table && (
          <button type="button" onClick={() => setTable(null)}>
            Back
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!plan || plan.problems.length > 0 || plan.processes.length === 0 || busy}
          onClick={accept}
        >
          {plan ? `Import ${plan.processes.length} processes` : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}

function Preview({
  plan,
  document,
}: {
  plan: ReturnType<typeof planImport>;
  document: WorkspaceDocument;
}) {
  const names = new Map(
    [...document.processes.processes, ...plan.processes].map((p) => [p.id, p.name]),
  );
  const mapped = new Map<string, string[]>();
  for (const m of plan.mappings)
    mapped.set(m.processId, [...(mapped.get(m.processId) ?? []), m.target.id]);
  return (
    <section aria-label="Preview">
      <p>
        {plan.processes.length} process(es)
        {plan.createdForPaths > 0 ? ` (${plan.createdForPaths} made for paths)` : ''} and{' '}
        {plan.mappings.length} mapping(s) would be added.
      </p>
      {plan.problems.length > 0 && (
        <div className="catalogue-problems" role="alert">
          <strong>
            {plan.problems.length} problem(s): nothing can be imported until they are fixed.
          </strong>
          <ul aria-label="Problems">
            {plan.problems.slice(0, 100).map((p, i) => (
              <li key={i}>
                Row {p.row}, {p.column}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="catalogue-preview">
        <table>
          <thead>
            <tr>
              <th>Code</th>
              <th>Name</th>
              <th>Parent</th>
              <th>Owner</th>
              <th>eTOM</th>
            </tr>
          </thead>
          <tbody>
            {plan.processes.slice(0, PREVIEW_ROWS).map((p) => (
              <tr key={p.id}>
                <td className="catalogue-preview-word">{p.code}</td>
                <td>{p.name}</td>
                <td>{p.parentId ? names.get(p.parentId) : ''}</td>
                <td className="catalogue-preview-word">{p.owner}</td>
                <td>{(mapped.get(p.id) ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {plan.processes.length > PREVIEW_ROWS && (
          <p className="muted">and {plan.processes.length - PREVIEW_ROWS} more</p>
        )}
      </div>
    </section>
  );
}
