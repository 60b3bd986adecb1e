import { useEffect, useState } from 'react';
import type { SampleInfo } from '../../shared/ipc/methods/sample-methods';
import { Dialog } from '../dialogs/Dialog';
import { FolderField } from '../dialogs/FolderField';
import { useFolderCheck } from '../dialogs/useFolderCheck';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
import { host } from '../platform/host';
import { pickFolder } from '../state/folder-picker';
import { openSampleCopy } from '../state/workspace-actions';

interface Props {
  onClose: () => void;
}

/**
 * "Open the sample": the sample that ships with the app is copied into a new folder the user
 * names (a fresh one under Documents is offered), so the shipped one is never changed, and the
 * copy opens.
 */
export function OpenSampleDialog({ onClose }: Props) {
  const [info, setInfo] = useState<SampleInfo | null>(null);
  const folder = usePlace();
  const native = useNativeDialogs();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const verdict = useFolderCheck(folder.chosen, 'create');
  const ready = verdict?.ok === true && !busy;
  const { suggest } = folder;

  useEffect(() => {
    let live = true;
    void host()
      .call('sample.info', {})
      .then((result) => {
        if (!live) return;
        if (!result.ok) {
          setProblem(result.error.message);
          return;
        }
        setInfo(result.value);
        // Where paths are typed (the browser mode), the fresh folder is filled in, unless the
        // user typed a folder before the answer came; the desktop app takes folders from its
        // own dialog only.
        if (!native) suggest(result.value.suggestedFolder);
      });
    return () => {
      live = false;
    };
  }, [native, suggest]);

  const browse = async () => {
    const chosen = await pickFolder('create');
    if (chosen) folder.pick(chosen);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const opened = await openSampleCopy(folder.chosen);
    setBusy(false);
    if (opened) onClose();
  };

  return (
    <Dialog title="Open the sample" onCancel={onClose} wide>
      <form onSubmit={(event) => void submit(event)}>
        <p>
          {info
            ? `${info.name}: a fictional operator's ${info.processes} processes, ${info.mappings} mappings to eTOM with their rationale, and ${info.diagrams} diagrams.`
            : 'A fictional operator’s processes mapped to eTOM.'}{' '}
          A copy is made in the folder below; the sample itself stays as it is.
        </p>
        {problem && (
          <p role="alert" className="hint-bad">
            The sample cannot be read: {problem}
          </p>
        )}
        <div className="field-row">
          <FolderField
            value={folder.place.path}
            onChange={folder.type}
            verdict={verdict}
            suggested={folder.place.suggested}
          />
          <button type="button" className="browse" onClick={() => void browse()}>
            Browse…
          </button>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {busy ? 'Copying…' : 'Copy and open'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
