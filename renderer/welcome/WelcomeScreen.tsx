import { useState } from 'react';
import { openBundleDialog, useBundleDialog } from '../bundles/bundle-dialog-store';
import { useStudio } from '../state/studio-store';
import { openWorkspaceAt, openWorkspaceFromDialog } from '../state/workspace-actions';
import { ErrorNotice } from './ErrorNotice';
import { OpenSampleDialog } from './OpenSampleDialog';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';
import './welcome.css';

/** The start screen: new workspace, open workspace, recent workspaces. */
export function WelcomeScreen() {
  const error = useStudio((s) => s.error);
  const { recent, remove, prepare } = useRecent();
  const [sampleOpen, setSampleOpen] = useState(false);
  const waiting = useBundleDialog((s) => (s.dialog?.kind === 'import' ? s.dialog.file : undefined));

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-card">
        <header className="welcome-head">
          <div className="logo" aria-hidden="true">
            eT
          </div>
          <div>
            <h1 id="welcome-title">eTOM Studio</h1>
            <p className="muted">Model your processes against the eTOM framework.</p>
          </div>
        </header>
        {error && (
          <ErrorNotice error={error} onDismiss={() => useStudio.setState({ error: null })} />
        )}
        {waiting && (
          <p role="status" className="welcome-bundle">
            To import the bundle {waiting.path === '' ? 'you opened' : <code>{waiting.path}</code>},
            open or create the workspace it goes into: the import opens then.{' '}
            <button type="button" onClick={() => openBundleDialog(null)}>
              Dismiss
            </button>
          </p>
        )}
        <div className="welcome-actions">
          <button
            type="button"
            className="primary big"
            onClick={() => useStudio.setState({ newWorkspaceOpen: true })}
          >
            New workspace
          </button>
          <button type="button" className="big" onClick={() => void openWorkspaceFromDialog()}>
            Open workspace
          </button>
          <button type="button" className="big" onClick={() => setSampleOpen(true)}>
            Open the sample
          </button>
        </div>
        <section aria-labelledby="recent-title" className="welcome-recent">
          <h2 id="recent-title">Recent workspaces</h2>
          <RecentList
            recent={recent}
            onOpen={(entry) => void openWorkspaceAt(entry)}
            onRemove={(entry) => void remove(entry)}
            onIntent={prepare}
          />
        </section>
      </div>
      {sampleOpen && <OpenSampleDialog onClose={() => setSampleOpen(false)} />}
    </main>
  );
}
