import { useCallback, useMemo, useState } from 'react';
import { inNameOrder } from '../../shared/model/diagram-order';
import { DiagramItemMenu, type DiagramItemMenuAt } from '../bundles/DiagramItemMenu';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import { ActionButton } from '../ui/ActionButton';
import { showDiagram } from './diagram-actions';
import { UnreadableDiagramItem } from './UnreadableDiagramItem';
import { unreadableDiagrams } from './unreadable-diagrams';

/** The sidebar: every diagram of the workspace, and actions on the active one. */
export function DiagramList() {
  const all = useStudio((s) => s.history?.document.diagrams);
  const diagrams = useMemo(() => all && inNameOrder(all), [all]);
  const activeTab = useStudio((s) => diagramOf(s.activeTab));
  const problems = useStudio((s) => s.workspace?.problems);
  const unreadable = useMemo(() => unreadableDiagrams(problems ?? []), [problems]);
  const [menu, setMenu] = useState<DiagramItemMenuAt | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <nav className="sidebar" id="diagram-sidebar" aria-label="Diagrams">
      <div className="sidebar-head">
        <h2>Diagrams</h2>
        <ActionButton id="diagram.new" className="primary small" />
      </div>
      <ul className="diagram-list">
        {diagrams?.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={d.id === activeTab ? 'diagram-item active' : 'diagram-item'}
              aria-current={d.id === activeTab ? 'page' : undefined}
              onClick={() => showDiagram(d.id)}
              onContextMenu={(event) => {
                event.preventDefault();
                setMenu({ diagramId: d.id, name: d.name, x: event.clientX, y: event.clientY });
              }}
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
        {unreadable.map((d) => (
          <UnreadableDiagramItem key={d.file} diagram={d} />
        ))}
        {diagrams?.length === 0 && unreadable.length === 0 && (
          <li className="muted empty">No diagrams yet.</li>
        )}
      </ul>
      <div className="sidebar-actions" role="toolbar" aria-label="Active diagram">
        <ActionButton id="diagram.rename" />
        <ActionButton id="diagram.duplicate" />
        <ActionButton id="diagram.delete" className="danger-text" />
      </div>
      {menu && <DiagramItemMenu at={menu} onClose={closeMenu} />}
    </nav>
  );
}
