import { DiagramCanvas } from '../canvas/DiagramCanvas';
import { useLibrary } from '../framework/library-store';
import { FrameworkMapView } from '../framework-map/FrameworkMapView';
import { MAP_TAB_ID } from '../framework-map/FrameworkMapTab';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { useStudio } from '../state/studio-store';
import { DiagramList } from './DiagramList';
import { Header } from './Header';
import { LockNotice } from './LockNotice';
import { StatusBar } from './StatusBar';
import { TabBar, tabElementId } from './TabBar';
import './workspace.css';

/** The editor: header, diagram list, tabs with the canvas, status bar. */
export function WorkspaceView() {
  const activeTab = useStudio((s) => s.activeTab);
  const error = useStudio((s) => s.error);
  const hasDiagrams = useStudio((s) => (s.history?.document.diagrams.length ?? 0) > 0);
  const mapActive = useLibrary((s) => s.mapActive);
  return (
    <div className="workspace-layout with-library">
      <Header />
      <DiagramList />
      <main className="workspace-main" aria-label="Diagram editor">
        <LockNotice />
        <TabBar />
        {error && (
          <ErrorNotice error={error} onDismiss={() => useStudio.setState({ error: null })} />
        )}
        {mapActive ? (
          <div
            id="framework-map-panel"
            role="tabpanel"
            aria-labelledby={MAP_TAB_ID}
            className="tab-panel"
          >
            <FrameworkMapView />
          </div>
        ) : activeTab ? (
          <div
            id="diagram-panel"
            role="tabpanel"
            aria-labelledby={tabElementId(activeTab)}
            className="tab-panel"
          >
            <DiagramCanvas diagramId={activeTab} />
          </div>
        ) : (
          <div className="empty-panel muted">
            {hasDiagrams
              ? 'Open a diagram from the list on the left.'
              : 'This workspace has no diagrams yet. Use “New diagram” on the left to draw one.'}
          </div>
        )}
      </main>
      <LibrarySidebar />
      <StatusBar />
    </div>
  );
}
