import { useMemo, useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { ImportedModel, ModelImportFormat } from '../../shared/imports/imported-model';
import { planModelImport, type ModelImportPlan } from '../../shared/imports/plan-model-import';
import { placeOf } from '../../shared/ipc/path-ref';
import type { WorkspaceDocument } from '../../shared/model/document';
import { Dialog } from '../dialogs/Dialog';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
import { host } from '../platform/host';
import type { Invocation } from '../../shared/commands/types';
import { runCommands } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { openModelImport, useModelImport } from './model-import-store';
import '../catalogue/catalogue.css';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';

const PREVIEW_ROWS = 200;
const FORMATS: ReadonlyArray<RadioOption<ModelImportFormat>> = [
  {
    value: 'bpmn',
    label: 'BPMN 2.0',
    hint: 'Camunda, Signavio, ARIS, Enterprise Architect, Bizagi, bpmn.io',
  },
  {
    value: 'archimate',
    label: 'ArchiMate exchange file',
    hint: 'Archi, BiZZdesign (Open Exchange Format 3.x)',
  },
];

/** The dialog, while the File menu has it open and a workspace is. */
export function ImportModelDialog() {
  const open = useModelImport((s) => s.open);
  const document = useStudio((s) => s.history?.document);
  const stacks = useStudio((s) => s.history?.stacks);
  if (!open || !document || !stacks) return null;
  return <ImportModelBody document={document} undoStacks={stacks} />;
}

/** " and 1 diagram", " and 3 diagrams", or nothing. */
function diagramsText(count: number): string {
  if (count === 0) return '';
  return ` and ${count} diagram${count === 1 ? '' : 's'}`;
}

/**
 * The whole import as one undo step: the processes, then each diagram put at the end of the
 * list (`diagram.restore`, like undoing a deletion, so the step's inverse removes them).
 */
function importInvocations(plan: ModelImportPlan, document: WorkspaceDocument): Invocation[] {
  const invocations: Invocation[] = [];
  if (plan.processes.length > 0)
    invocations.push({ name: 'process.add', args: { processes: plan.processes, mappings: [] } });
  plan.diagrams.forEach((diagram, i) =>
    invocations.push({
      name: 'diagram.restore',
      args: { diagram, index: document.diagrams.length + i },
    }),
  );
  return invocations;
}

/**
 * Imports company processes from a BPMN or ArchiMate file: main reads and parses the file
 * (safely, nothing else opened or fetched), the preview shows the counts, the problems by
 * element id and the processes that would be added, and "Import" adds them as one undo step.
 * Processes an earlier import of the same file made are recognised and not added again.
 * Optionally the file's diagrams (BPMN DI, ArchiMate views) become diagrams of the workspace,
 * in the same step: on by default when the file has a layout and brings new processes.
 */
function ImportModelBody({
  document,
  undoStacks,
}: {
  document: WorkspaceDocument;
  undoStacks: ReadonlyMap<string, unknown>;
}) {
  const file = usePlace();
  const [format, setFormat] = useState<ModelImportFormat>('bpmn');
  const [model, setModel] = useState<ImportedModel | null>(null);
  const [withDiagrams, setWithDiagrams] = useState(false);
  const [error, setError] = useState<HostError | null>(null);
  const [busy, setBusy] = useState(false);
  const native = useNativeDialogs();
  const close = () => openModelImport(false);

  const browse = async () => {
    const result = await host().call('dialog.pickImportFile', { format });
    if (!result.ok) setError(result.error);
    else if (result.value !== null) file.pick(result.value);
  };

  const read = async () => {
    setBusy(true);
    setError(null);
    const result = await host().call('imports.readModel', { ...placeOf(file.chosen), format });
    setBusy(false);
    if (result.ok) {
      const fresh = planModelImport(result.value, document.processes.processes).processes;
      setWithDiagrams(result.value.diagrams.length > 0 && fresh.length > 0);
      setModel(result.value);
    } else setError(result.error);
  };

  const plan = useMemo(() => {
    if (!model) return null;
    const into = withDiagrams
      ? {
          names: document.diagrams.map((d) => d.name),
          ids: [...document.diagrams.map((d) => d.id), ...undoStacks.keys()],
        }
      : undefined;
    return planModelImport(model, document.processes.processes, undefined, into);
  }, [model, document, withDiagrams, undoStacks]);

  const accept = () => {
    if (!plan) return;
    const label = `Import processes from ${format === 'bpmn' ? 'BPMN' : 'ArchiMate'}`;
    if (runCommands(label, importInvocations(plan, document))) close();
  };
  const nothing = !plan || (plan.processes.length === 0 && plan.diagrams.length === 0);

  return (
    <Dialog title="Import processes from BPMN / ArchiMate" onCancel={close} wide>
      {!model || !plan ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file.chosen.path !== '' && !busy) void read();
          }}
        >
          <RadioGroup
            legend="Format"
            stacked
            options={FORMATS}
            value={format}
            onChange={setFormat}
          />
          <div className="field-row">
            <div className="field">
              <label htmlFor="model-import-path">File path</label>
              <input
                id="model-import-path"
                type="text"
                value={file.place.path}
                placeholder={format === 'bpmn' ? '/path/to/process.bpmn' : '/path/to/model.xml'}
                onChange={(event) => file.type(event.target.value)}
                spellCheck={false}
              />
            </div>
            {native && (
              <button type="button" className="browse" onClick={() => void browse()}>
                Browse…
              </button>
            )}
          </div>
          {error && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
          {busy && <progress aria-label="Reading the file" />}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={file.chosen.path === '' || busy}>
              Read file
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            <label>
              <input
                type="checkbox"
                checked={withDiagrams}
                disabled={model.diagrams.length === 0}
                onChange={(event) => setWithDiagrams(event.target.checked)}
              />
              Also create a diagram from each of the file&apos;s diagrams
            </label>
          </p>
          <ModelPreview model={model} plan={plan} document={document} />
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="button" onClick={() => setModel(null)}>
              Back
            </button>
            <button type="button" className="primary" disabled={nothing} onClick={accept}>
              {`Import ${plan.processes.length} processes${diagramsText(plan.diagrams.length)}`}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function ModelPreview({
  model,
  plan,
  document,
}: {
  model: ImportedModel;
  plan: ModelImportPlan;
  document: WorkspaceDocument;
}) {
  const names = new Map(
    [...document.processes.processes, ...plan.processes].map((p) => [p.id, p.name]),
  );
  const skipped = Object.entries(model.skipped)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const { counts } = plan;
  return (
    <section aria-label="Preview">
      <p>
        {model.file}: {counts.elements} element(s) become processes; {counts.added} would be added
        {counts.alreadyImported > 0
          ? `, ${counts.alreadyImported} already imported from this file (left as they are)`
          : ''}
        .
      </p>
      {skipped && <p className="muted">Not imported: {skipped}.</p>}
      <p className="muted">
        {counts.diagramsInFile === 0
          ? 'The file has no diagram layout.'
          : counts.diagrams === 0
            ? `${counts.diagramsInFile} diagram(s) in the file: not imported.`
            : `${counts.diagrams} diagram(s) would be created, with ${counts.nodes} node(s) and ${counts.edges} edge(s).`}
      </p>
      {plan.problems.length > 0 && (
        <div className="catalogue-problems" role="alert">
          <strong>{plan.problems.length} problem(s): what can be imported still is.</strong>
          <ul aria-label="Problems">
            {plan.problems.slice(0, 100).map((p, i) => (
              <li key={i}>
                {p.id ? `${p.id}: ` : ''}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="catalogue-preview">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Parent</th>
            </tr>
          </thead>
          <tbody>
            {plan.processes.slice(0, PREVIEW_ROWS).map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.properties?.find((prop) => prop.key === 'type')?.value}</td>
                <td>{p.parentId ? names.get(p.parentId) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {plan.processes.length > PREVIEW_ROWS && (
          <p className="muted">and {plan.processes.length - PREVIEW_ROWS} more</p>
        )}
      </div>
    </section>
  );
}
