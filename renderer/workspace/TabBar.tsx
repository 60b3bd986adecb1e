import { carriesProcess } from '../framework/drag-data';
import { useLibrary } from '../framework/library-store';
import { FrameworkMapTab } from '../framework-map/FrameworkMapTab';
import { useStudio } from '../state/studio-store';
import { hideDiagram, showDiagram } from './diagram-actions';
import { onTablistKeyDown } from './tablist-keys';

/** Id of the tab element for a diagram, for the panel's aria-labelledby. */
export function tabElementId(diagramId: string): string {
  return `tab-${diagramId}`;
}

/** Tabs of the open diagrams. */
export function TabBar() {
  const tabs = useStudio((s) => s.tabs);
  const activeTab = useStudio((s) => s.activeTab);
  const diagrams = useStudio((s) => s.history?.document.diagrams);
  const mapActive = useLibrary((s) => s.mapActive);
  const nameOf = (id: string) => diagrams?.find((d) => d.id === id)?.name ?? id;

  return (
    <div className="tab-bar" role="tablist" aria-label="Open diagrams" onKeyDown={onTablistKeyDown}>
      {tabs.map((id) => {
        const selected = id === activeTab && !mapActive;
        return (
          <div
            key={id}
            className={selected ? 'tab active' : 'tab'}
            // A process dragged from the map over a diagram's tab opens it, to be dropped there.
            onDragEnter={(event) => {
              if (carriesProcess(event)) showDiagram(id);
            }}
          >
            <button
              type="button"
              role="tab"
              id={tabElementId(id)}
              aria-selected={selected}
              aria-controls="diagram-panel"
              tabIndex={selected ? 0 : -1}
              className="tab-label"
              onClick={() => showDiagram(id)}
            >
              {nameOf(id)}
            </button>
            <button
              type="button"
              className="tab-close"
              aria-label={`Close ${nameOf(id)}`}
              title="Close tab"
              onClick={() => hideDiagram(id)}
            >
              ×
            </button>
          </div>
        );
      })}
      <FrameworkMapTab />
    </div>
  );
}
