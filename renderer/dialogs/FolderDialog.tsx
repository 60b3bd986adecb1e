import { answerFolderPrompt } from '../state/folder-picker';
import { useStudio, type FolderPurpose } from '../state/studio-store';
import { useRecent } from '../welcome/useRecent';
import { Dialog } from './Dialog';
import { FolderBrowser } from './FolderBrowser';
import { FolderField } from './FolderField';
import { useFolderCheck } from './useFolderCheck';
import { usePlace } from './usePlace';

const TEXT: Record<FolderPurpose, { title: string; action: string }> = {
  open: { title: 'Open workspace', action: 'Open' },
  create: { title: 'Choose a folder', action: 'Choose' },
  copy: { title: 'Save a copy', action: 'Save copy' },
};

/**
 * Shown only where the host has no native folder picker, which is where it takes typed paths:
 * the answer is the path, typed (`~` is the home folder) or reached in the folder browser below
 * the field (a recent entry's reference, which such a host does not issue, is used for the live
 * check only).
 */
function FolderForm({ purpose }: { purpose: FolderPurpose }) {
  const folder = usePlace();
  const verdict = useFolderCheck(folder.chosen, purpose);
  const { recent } = useRecent();
  const text = TEXT[purpose];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (verdict?.ok) answerFolderPrompt(folder.chosen.path ?? '');
  };

  return (
    <Dialog title={text.title} onCancel={() => answerFolderPrompt(null)} wide>
      <form onSubmit={submit}>
        <FolderField
          value={folder.place.path}
          onChange={folder.type}
          verdict={verdict}
          suggested={folder.place.suggested}
        />
        <FolderBrowser typed={folder.place.path} onGo={folder.type} onFirst={folder.suggest} />
        {purpose === 'open' && recent.length > 0 && (
          <section aria-label="Recent workspaces" className="dialog-recent">
            <h3>Recent</h3>
            <ul>
              {recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="link-button"
                    disabled={!r.exists}
                    onClick={() => folder.pick(r)}
                  >
                    <span className="recent-name">{r.name}</span>
                    <span className="recent-path">{r.path}</span>
                    {!r.exists && <span className="badge-missing">missing</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => answerFolderPrompt(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!verdict?.ok}>
            {text.action}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The in-app folder dialog, shown where the host has no native folder picker. */
export function FolderDialog() {
  const purpose = useStudio((s) => s.folderPrompt?.purpose);
  return purpose ? <FolderForm key={purpose} purpose={purpose} /> : null;
}
