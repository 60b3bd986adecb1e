import { useState } from 'react';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../shared/bundle/bundle-schema';
import type { HostError } from '../../shared/ipc/errors';
import type { BundleWriteResult } from '../../shared/ipc/methods/bundle-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { inNameOrder } from '../../shared/model/diagram-order';
import type { WorkspaceDocument } from '../../shared/model/document';
import { Dialog } from '../dialogs/Dialog';
import { useSaveTarget } from '../dialogs/useSaveTarget';
import { host } from '../platform/host';
import { ExportActions } from '../ui/ExportActions';
import { SaveTargetChoice } from '../ui/SaveTargetChoice';
import { SavedNotice } from '../ui/SavedNotice';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { openBundleDialog } from './bundle-dialog-store';
import './bundles.css';

type Stage =
  | { kind: 'ask' }
  | { kind: 'working' }
  | { kind: 'done'; result: BundleWriteResult; counts: string }
  | { kind: 'failed'; error: HostError };

/** A file name from the workspace's name: lower case, words joined by hyphens. */
function suggestedName(workspaceName: string): string {
  const stem = workspaceName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'diagrams'}${BUNDLE_EXTENSION}`;
}

/**
 * Exports chosen diagrams of the workspace on screen (unsaved edits included) as one portable
 * bundle: the diagrams, the company processes they show with their ancestors, their mappings
 * and the qualifiers those use. Main checks the bundle as a reader would, then writes it.
 */
export function ExportBundleDialog(props: {
  document: WorkspaceDocument;
  initial: readonly string[] | null;
}) {
  const { document } = props;
  const all = document.diagrams.map((diagram) => diagram.id as string);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(props.initial ?? all));
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const suggested = suggestedName(document.workspace.name);
  const target = useSaveTarget('json', suggested, (error) => setStage({ kind: 'failed', error }));
  const ids = all.filter((id) => chosen.has(id));
  const ready = ids.length > 0 && target.writable && stage.kind !== 'working';
  const close = () => openBundleDialog(null);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const run = async () => {
    setStage({ kind: 'working' });
    const bundle = buildBundle(document, ids, new Date().toISOString());
    const result = await host().call('bundle.write', {
      ...placeOf(target.chosen),
      bundle: bundle as unknown as Record<string, unknown>,
      overwrite: target.overwrite,
    });
    const counts = `${bundle.diagrams.length} diagrams, ${bundle.processes.processes.length} company processes and ${bundle.mappings.mappings.length} mappings`;
    setStage(
      result.ok
        ? { kind: 'done', result: result.value, counts }
        : { kind: 'failed', error: result.error },
    );
  };

  return (
    <Dialog title="Export diagrams as bundle" onCancel={close} wide>
      {stage.kind === 'done' ? (
        <SavedNotice
          what={stage.counts}
          bytes={stage.result.bytes}
          path={stage.result.path}
          onClose={close}
        />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) void run();
          }}
        >
          <fieldset className="bundle-diagrams">
            <legend>Diagrams</legend>
            <label className="bundle-all">
              <input
                type="checkbox"
                checked={ids.length === all.length && all.length > 0}
                ref={(box) => {
                  if (box) box.indeterminate = ids.length > 0 && ids.length < all.length;
                }}
                onChange={(event) => setChosen(new Set(event.target.checked ? all : []))}
              />
              All diagrams ({all.length})
            </label>
            <ul>
              {inNameOrder(document.diagrams).map((diagram) => (
                <li key={diagram.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.has(diagram.id)}
                      onChange={(event) => toggle(diagram.id, event.target.checked)}
                    />
                    {diagram.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p className="muted">
            The bundle holds the chosen diagrams with every company process they show (and its
            parents), the mappings of those processes and the alignments they use.
          </p>
          <SaveTargetChoice target={target} placeholder={`/path/to/${suggested}`} />
          {stage.kind === 'failed' && (
            <ErrorNotice error={stage.error} onDismiss={() => setStage({ kind: 'ask' })} />
          )}
          <ExportActions working={stage.kind === 'working'} ready={ready} onCancel={close} />
        </form>
      )}
    </Dialog>
  );
}
