import { useEffect, useState } from 'react';
import type { HostError, HostResult } from '../../shared/ipc/errors';
import type {
  CompareGitInfo,
  CompareRevision,
  ComparedSide,
} from '../../shared/ipc/methods/compare-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { Dialog } from '../dialogs/Dialog';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { closeCompareDialog, startCompare, useCompare } from './compare-store';
import './compare.css';

/** Mounted once in the workspace view; shows while "Compare with…" or "History…" asks. */
export function CompareDialog() {
  const dialog = useCompare((s) => s.dialog);
  const handle = useStudio((s) => s.workspace?.handle ?? null);
  if (dialog === null || handle === null) return null;
  return dialog.diagramId === null ? (
    <CompareWith handle={handle} />
  ) : (
    <DiagramHistory handle={handle} diagramId={dialog.diagramId} />
  );
}

/** Asks the host once, on mount. */
function useHostAnswer<T>(ask: () => Promise<HostResult<T>>): HostResult<T> | null {
  const [answer, setAnswer] = useState<HostResult<T> | null>(null);
  useEffect(() => {
    let live = true;
    void ask().then((result) => live && setAnswer(result));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once per dialog
  }, []);
  return answer;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function RevisionChoices(props: {
  revisions: readonly CompareRevision[];
  chosen: string;
  onChoose: (hash: string) => void;
  label: string;
}) {
  return (
    <ul className="compare-revisions" aria-label={props.label}>
      {props.revisions.map((r) => (
        <li key={r.hash}>
          <label>
            <input
              type="radio"
              name="compare-revision"
              value={r.hash}
              checked={props.chosen === r.hash}
              onChange={() => props.onChoose(r.hash)}
            />{' '}
            <code>{r.shortHash}</code> {when(r.date)} {r.author}: {r.subject}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Runs a load and starts the compare, or shows why not. */
function useLoad(diagramId: string | null) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HostError | null>(null);
  const load = async (call: () => Promise<HostResult<ComparedSide>>) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) startCompare(result.value, diagramId);
    else setError(result.error);
  };
  return { busy, error, load, clear: () => setError(null) };
}

function CompareWith({ handle }: { handle: string }) {
  const info = useHostAnswer<CompareGitInfo>(() => host().call('compare.gitInfo', { handle }));
  const [source, setSource] = useState<'folder' | 'revision'>('folder');
  const [revision, setRevision] = useState('');
  const folder = usePlace();
  const native = useNativeDialogs();
  const { busy, error, load, clear } = useLoad(null);
  const git = info?.ok ? info.value : null;
  const ready =
    !busy &&
    (source === 'folder'
      ? folder.chosen.path !== '' || folder.chosen.ref !== undefined
      : revision !== '');
  const run = () =>
    load(() =>
      source === 'folder'
        ? host().call('compare.loadFolder', placeOf(folder.chosen))
        : host().call('compare.loadRevision', { handle, revision }),
    );
  const pick = async () => {
    const result = await host().call('dialog.pickFolder', { purpose: 'open' });
    if (result.ok && result.value !== null) folder.pick(result.value);
  };
  return (
    <Dialog title="Compare with…" onCancel={closeCompareDialog} wide>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void run();
        }}
      >
        <p className="muted">
          Shows what differs between the workspace as it is now and another folder or a revision.
          Nothing is written.
        </p>
        <fieldset>
          <legend>Compare with</legend>
          <label>
            <input
              type="radio"
              name="compare-source"
              checked={source === 'folder'}
              onChange={() => setSource('folder')}
            />{' '}
            Another workspace folder
          </label>
          <label>
            <input
              type="radio"
              name="compare-source"
              checked={source === 'revision'}
              disabled={git?.state !== 'ok'}
              onChange={() => setSource('revision')}
            />{' '}
            A branch or revision (git)
          </label>
          <p className="field-hint" role="status">
            {info === null
              ? 'Looking for git…'
              : !info.ok
                ? info.error.message
                : info.value.state === 'ok'
                  ? `In git, on ${info.value.branch ?? 'no branch'}; ${info.value.revisions.length} revisions touch this workspace.`
                  : info.value.message}
          </p>
        </fieldset>
        {source === 'folder' ? (
          <div className="field">
            <label htmlFor="compare-folder">Folder</label>
            <input
              id="compare-folder"
              type="text"
              value={folder.place.path}
              spellCheck={false}
              autoComplete="off"
              placeholder="/path/to/other/workspace"
              onChange={(event) => folder.type(event.target.value)}
            />
            {native && (
              <button type="button" onClick={() => void pick()}>
                Choose…
              </button>
            )}
          </div>
        ) : (
          git?.state === 'ok' && (
            <>
              <div className="field">
                <label htmlFor="compare-ref">Branch or tag</label>
                <select
                  id="compare-ref"
                  value={git.refs.some((r) => r.name === revision) ? revision : ''}
                  onChange={(event) => setRevision(event.target.value)}
                >
                  <option value="">—</option>
                  {git.refs.map((r) => (
                    <option key={`${r.kind}-${r.name}`} value={r.name}>
                      {r.name} {r.kind === 'tag' ? '(tag)' : r.current ? '(current)' : ''}
                    </option>
                  ))}
                </select>
              </div>
              <RevisionChoices
                revisions={git.revisions}
                chosen={revision}
                onChoose={setRevision}
                label="Revisions"
              />
            </>
          )
        )}
        {error && <ErrorNotice error={error} onDismiss={clear} />}
        <div className="dialog-actions">
          <button type="button" onClick={closeCompareDialog}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {busy ? 'Reading…' : 'Compare'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DiagramHistory({ handle, diagramId }: { handle: string; diagramId: string }) {
  const name = useStudio((s) => s.history?.document.diagrams.find((d) => d.id === diagramId)?.name);
  const info = useHostAnswer<CompareGitInfo>(() => host().call('compare.gitInfo', { handle }));
  const ok = info?.ok === true && info.value.state === 'ok';
  const [history, setHistory] = useState<HostResult<CompareRevision[]> | null>(null);
  useEffect(() => {
    if (ok) void host().call('compare.history', { handle, diagramId }).then(setHistory);
  }, [ok, handle, diagramId]);
  const [chosen, setChosen] = useState('');
  const { busy, error, load, clear } = useLoad(diagramId);
  const why =
    info === null
      ? 'Looking for git…'
      : !info.ok
        ? info.error.message
        : info.value.state !== 'ok'
          ? info.value.message
          : history === null
            ? 'Reading the history…'
            : !history.ok
              ? history.error.message
              : history.value.length === 0
                ? 'No commit has touched this diagram yet.'
                : `${history.value.length} revisions touched this diagram. Choose one to compare with now.`;
  return (
    <Dialog title={`History of ${name ?? diagramId}`} onCancel={closeCompareDialog} wide>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen !== '')
            void load(() => host().call('compare.loadRevision', { handle, revision: chosen }));
        }}
      >
        <p role="status">{why}</p>
        {history?.ok && (
          <RevisionChoices
            revisions={history.value}
            chosen={chosen}
            onChoose={setChosen}
            label="Revisions of this diagram"
          />
        )}
        {error && <ErrorNotice error={error} onDismiss={clear} />}
        <div className="dialog-actions">
          <button type="button" onClick={closeCompareDialog}>
            Close
          </button>
          <button type="submit" className="primary" disabled={chosen === '' || busy}>
            {busy ? 'Reading…' : 'Compare with now'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
