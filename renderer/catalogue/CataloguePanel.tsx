import { useState } from 'react';
import type { ProcessId } from '../../shared/model/ids';
import { useStudio } from '../state/studio-store';
import { useRevealedCompanyProcess } from '../coverage/reveal-company-process';
import { addProcess } from './catalogue-edits';
import { CatalogueExport } from './CatalogueExport';
import { CatalogueTree } from './CatalogueTree';
import { DeleteProcessDialog } from './DeleteProcessDialog';
import { ImportProcessesDialog } from './ImportProcessesDialog';
import { ProcessFieldsForm } from './ProcessFieldsForm';
import './catalogue.css';

/** The "Company processes" tab: the tree, its toolbar (add, import, export, filter), details. */
export function CataloguePanel() {
  const document = useStudio((s) => s.history?.document);
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const [selected, setSelected] = useState<ProcessId | null>(null);
  useRevealedCompanyProcess(setSelected);
  const [renaming, setRenaming] = useState<ProcessId | null>(null);
  const [deleting, setDeleting] = useState<ProcessId | null>(null);
  const [importing, setImporting] = useState(false);
  const [filter, setFilter] = useState('');
  if (!document) return null;
  const processes = document.processes.processes;
  const current = processes.find((p) => p.id === selected) ?? null;

  const add = (parentId: ProcessId | null) => {
    const id = addProcess(parentId);
    if (id) {
      setSelected(id);
      setRenaming(id);
    }
  };
  return (
    <div className="catalogue-panel">
      <div className="catalogue-toolbar" role="toolbar" aria-label="Company processes">
        <button type="button" disabled={readOnly} onClick={() => add(null)}>
          Add process
        </button>
        <button
          type="button"
          disabled={readOnly || !current}
          onClick={() => current && add(current.id)}
        >
          Add child
        </button>
        <button
          type="button"
          disabled={readOnly || !current}
          onClick={() => current && setDeleting(current.id)}
        >
          Delete…
        </button>
        <button type="button" disabled={readOnly} onClick={() => setImporting(true)}>
          Import…
        </button>
        <input
          type="search"
          aria-label="Filter processes"
          placeholder="Filter by name, code, owner, tag"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="muted">{processes.length} processes</span>
      </div>
      <div className="catalogue-body">
        <CatalogueTree
          processes={processes}
          filter={filter}
          selected={selected}
          onSelect={setSelected}
          onDelete={setDeleting}
          renaming={renaming}
          onRenamingChange={setRenaming}
          readOnly={readOnly}
        />
        <aside className="catalogue-details" aria-label="Selected process">
          {current ? (
            <ProcessFieldsForm key={current.id} process={current} readOnly={readOnly} />
          ) : (
            <p className="muted">Select a process to see and edit its fields.</p>
          )}
          <CatalogueExport processes={processes} workspaceName={document.workspace.name} />
        </aside>
      </div>
      {deleting && (
        <DeleteProcessDialog
          document={document}
          id={deleting}
          onClose={(deleted) => {
            if (deleted) setSelected(null);
            setDeleting(null);
          }}
        />
      )}
      {importing && (
        <ImportProcessesDialog document={document} onClose={() => setImporting(false)} />
      )}
    </div>
  );
}
