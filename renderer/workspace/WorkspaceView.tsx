import { LibrarySidebar } from '../library/LibrarySidebar';
import { ExportDataDialog } from '../reports/ExportDataDialog';
import { CompareDialog } from '../compare/CompareDialog';
import { ImportModelDialog } from '../imports/ImportModelDialog';
import { MergeBanner } from '../merge/MergeBanner';
import { BundleDialogs } from '../bundles/BundleDialogs';
import { ExportDiagramDialog } from '../diagram-export/ExportDiagramDialog';
import { PanelSplitters, usePanelLayoutStyle } from '../ui/SplitterLayout';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { useStudio } from '../state/studio-store';
import { tabKey } from '../state/tabs';
import { DiagramList } from './DiagramList';
import { Header } from './Header';
import { LockNotice } from './LockNotice';
import { StatusBar } from './StatusBar';
import { TAB_PANEL_ID, TabBar, tabElementId } from './TabBar';
import { TabPanel } from './tab-views';
import './workspace.css';

/** The editor: header, diagram list, tabs with the active tab's panel, status bar. */
export function WorkspaceView() {
  const activeTab = useStudio((s) => s.activeTab);
  const error = useStudio((s) => s.error);
  const hasDiagrams = useStudio((s) => (s.history?.document.diagrams.length ?? 0) > 0);
  const panels = usePanelLayoutStyle();
  return (
    <div className={`workspace-layout panel-layout ${panels.className}`} style={panels.style}>
      <Header />
      <DiagramList />
      <main className="workspace-main" aria-label="Diagram editor">
        <LockNotice />
        <MergeBanner />
        <TabBar />
        {error && (
          <ErrorNotice error={error} onDismiss={() => useStudio.setState({ error: null })} />
        )}
        {activeTab ? (
          <div
            // A new key per tab, so each view mounts afresh with its own state.
            key={tabKey(activeTab)}
            id={TAB_PANEL_ID}
            role="tabpanel"
            aria-labelledby={tabElementId(activeTab)}
            className="tab-panel"
          >
            <TabPanel tab={activeTab} />
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
      <PanelSplitters />
      <StatusBar />
      <ExportDataDialog />
      <ImportModelDialog />
      <BundleDialogs />
      <ExportDiagramDialog />
      <CompareDialog />
    </div>
  );
}
