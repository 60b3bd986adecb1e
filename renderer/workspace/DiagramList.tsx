import { useState } from 'react';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import { DiagramNameDialog } from './DiagramNameDialog';
import {
  createDiagram,
  deleteDiagram,
  duplicateDiagram,
  renameDiagram,
  showDiagram,
} from './diagram-actions';

type Asking = 'new' | 'rename' | 'duplicate' | null;

/** The sidebar: every diagram of the workspace, and actions on the active one. */
export function DiagramList() {
  const diagrams = useStudio((s) => s.history?.document.diagrams);
  const activeTab = useStudio((s) => diagramOf(s.activeTab));
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const [asking, setAsking] = useState<Asking>(null);
  const active = diagrams?.find((d) => d.id === activeTab);

  return (
    <nav className="sidebar" aria-label="Diagrams">
      <div className="sidebar-head">
        <h2>Diagrams</h2>
        <button
          type="button"
          className="primary small"
          disabled={readOnly}
          onClick={() => setAsking('new')}
        >
          New diagram
        </button>
      </div>
      <ul className="diagram-list">
        {diagrams?.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={d.id === activeTab ? 'diagram-item active' : 'diagram-item'}
              aria-current={d.id === activeTab ? 'page' : undefined}
              onClick={() => showDiagram(d.id)}
            >
              <span className="diagram-name">{d.name}</span>
              <span
                className="diagram-count"
                aria-hidden="true"
                title={`${d.nodes.length} elements`}
              >
                {d.nodes.length}
              </span>
            </button>
          </li>
        ))}
        {diagrams?.length === 0 && <li className="muted empty">No diagrams yet.</li>}
      </ul>
      <div className="sidebar-actions" role="toolbar" aria-label="Active diagram">
        <button type="button" disabled={!active || readOnly} onClick={() => setAsking('rename')}>
          Rename diagram
        </button>
        <button type="button" disabled={!active || readOnly} onClick={() => setAsking('duplicate')}>
          Duplicate diagram
        </button>
        <button
          type="button"
          className="danger-text"
          disabled={!active || readOnly}
          onClick={() => active && void deleteDiagram(active.id)}
        >
          Delete diagram
        </button>
      </div>
      {asking === 'new' && (
        <DiagramNameDialog
          title="New diagram"
          action="Create"
          initial="Untitled diagram"
          onCancel={() => setAsking(null)}
          onSubmit={(name) => {
            setAsking(null);
            createDiagram(name);
          }}
        />
      )}
      {asking === 'rename' && active && (
        <DiagramNameDialog
          title="Rename diagram"
          action="Rename"
          initial={active.name}
          onCancel={() => setAsking(null)}
          onSubmit={(name) => {
            setAsking(null);
            renameDiagram(active.id, name);
          }}
        />
      )}
      {asking === 'duplicate' && active && (
        <DiagramNameDialog
          title="Duplicate diagram"
          action="Duplicate"
          initial={`${active.name} (copy)`}
          onCancel={() => setAsking(null)}
          onSubmit={(name) => {
            setAsking(null);
            duplicateDiagram(active.id, name);
          }}
        />
      )}
    </nav>
  );
}
