import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { frameworkRefsOf } from '../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../shared/bundle/bundle-schema';
import { clashKey, importClashes, type ImportClash } from '../../shared/bundle/import-clashes';
import {
  planBundleImport,
  type ClashPolicy,
  type ImportPlan,
} from '../../shared/bundle/plan-import';
import { mergeInvocation } from '../../shared/commands/document-merge-command';
import type { HostError } from '../../shared/ipc/errors';
import type { BundleReadResult } from '../../shared/ipc/methods/bundle-methods';
import type { WorkspaceDocument } from '../../shared/model/document';
import { placeOf, type OfferedPath, type PathChoice } from '../../shared/ipc/path-ref';
import { Dialog } from '../dialogs/Dialog';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
import { host } from '../platform/host';
import { runCommand } from '../state/edit-actions';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { openBundleDialog } from './bundle-dialog-store';
import './bundles.css';

const POLICY_LABELS: Readonly<Record<ClashPolicy, string>> = {
  'keep-both': 'Keep both',
  replace: 'Replace',
  skip: 'Skip',
};
const POLICIES = Object.keys(POLICY_LABELS) as ClashPolicy[];
const KIND_LABELS = { diagram: 'Diagram', process: 'Company process', mapping: 'Mapping' } as const;

function PolicySelect(props: {
  label: string;
  value: ClashPolicy;
  onChange: (policy: ClashPolicy) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as ClashPolicy)}
    >
      {POLICIES.map((policy) => (
        <option key={policy} value={policy}>
          {POLICY_LABELS[policy]}
        </option>
      ))}
    </select>
  );
}

type Planned =
  { ok: true; plan: ImportPlan; clashes: ImportClash[] } | { ok: false; error: string };

/**
 * Imports a bundle into the workspace on screen: main reads and validates the file, this
 * dialog previews what it brings (counts) and every id clash with a choice per clash or for
 * all (keep both, replace, skip); nothing changes until Import, which is one undo step.
 */
export function ImportBundleDialog(props: {
  document: WorkspaceDocument;
  /** A file named at launch (a double-clicked bundle), read as the dialog opens. */
  initialFile?: OfferedPath;
}) {
  const { document, initialFile } = props;
  const fileId = useId();
  const hintId = useId();
  const file = usePlace();
  const native = useNativeDialogs();
  const [read, setRead] = useState<BundleReadResult | null>(null);
  const [readError, setReadError] = useState<HostError | null>(null);
  const [busy, setBusy] = useState(false);
  const [forAll, setForAll] = useState<ClashPolicy>('keep-both');
  const [choices, setChoices] = useState<ReadonlyMap<string, ClashPolicy>>(new Map());
  const close = () => openBundleDialog(null);

  const readFile = async (place: PathChoice) => {
    setBusy(true);
    setReadError(null);
    const result = await host().call('bundle.read', placeOf(place));
    setBusy(false);
    if (result.ok) {
      setRead(result.value);
      setChoices(new Map());
    } else {
      setRead(null);
      setReadError(result.error);
    }
  };

  // A bundle named at launch is read as the dialog opens, once.
  const readInitial = useRef(initialFile);
  useEffect(() => {
    const initial = readInitial.current;
    if (initial === undefined) return;
    readInitial.current = undefined;
    file.pick(initial);
    void readFile(initial);
  });

  const pickNative = async () => {
    const result = await host().call('dialog.pickBundle', {});
    if (result.ok && result.value !== null) {
      file.pick(result.value);
      await readFile(result.value);
    } else if (!result.ok) setReadError(result.error);
  };

  const planned = useMemo((): Planned | null => {
    if (!read) return null;
    try {
      const plan = planBundleImport(
        document,
        read.bundle,
        (kind, id) => choices.get(clashKey(kind, id)) ?? forAll,
      );
      return { ok: true, plan, clashes: importClashes(plan, read.bundle) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [document, read, choices, forAll]);

  const choose = (clash: ImportClash, policy: ClashPolicy) => {
    const next = new Map(choices);
    next.set(clashKey(clash.kind, clash.id), policy);
    setChoices(next);
  };

  const accept = () => {
    if (!planned?.ok) return;
    if (
      runCommand(
        mergeInvocation(document, planned.plan.document),
        `Import ${read?.name ?? 'bundle'}`,
      )
    ) {
      close();
    }
  };

  const bundle = read?.bundle;
  return (
    <Dialog title="Import bundle" onCancel={close} wide>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file.chosen.path !== '' && !busy) void readFile(file.chosen);
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor={fileId}>Bundle file or picture</label>
            <input
              id={fileId}
              type="text"
              value={file.place.path}
              spellCheck={false}
              autoComplete="off"
              placeholder={`/path/to/diagrams${BUNDLE_EXTENSION}`}
              aria-describedby={hintId}
              onChange={(event) => file.type(event.target.value)}
            />
          </div>
          <button type="submit" className="browse" disabled={file.chosen.path === '' || busy}>
            {busy ? 'Reading…' : 'Read'}
          </button>
          {native && (
            <button type="button" className="browse" onClick={() => void pickNative()}>
              Choose…
            </button>
          )}
        </div>
        <p id={hintId} className="muted">
          {`A ${BUNDLE_EXTENSION} bundle, or a PNG or SVG picture exported with "Embed the diagram in the picture".`}
        </p>
      </form>
      {readError && <ErrorNotice error={readError} onDismiss={() => setReadError(null)} />}
      {bundle && read && (
        <section className="bundle-preview" aria-label="Bundle preview">
          <p>
            <code>{read.name}</code> from the workspace “{bundle.name}” ({bundle.framework.pack})
          </p>
          <dl className="bundle-counts">
            <dt>Diagrams</dt>
            <dd>{bundle.diagrams.length}</dd>
            <dt>Company processes</dt>
            <dd>{bundle.processes.processes.length}</dd>
            <dt>Mappings</dt>
            <dd>{bundle.mappings.mappings.length}</dd>
            <dt>Framework references</dt>
            <dd>{frameworkRefsOf(bundle).length}</dd>
          </dl>
          {planned?.ok === false && (
            <p role="alert" className="bundle-problem">
              {planned.error}
            </p>
          )}
          {planned?.ok && <PlanSummary plan={planned.plan} />}
          {planned?.ok && planned.clashes.length > 0 && (
            <>
              <div className="bundle-for-all">
                <span>
                  {planned.clashes.length} id clash{planned.clashes.length === 1 ? '' : 'es'}: the
                  workspace uses these ids for something different.
                </span>
                <label>
                  For all:{' '}
                  <PolicySelect
                    label="For all clashes"
                    value={forAll}
                    onChange={(policy) => {
                      setForAll(policy);
                      setChoices(new Map());
                    }}
                  />
                </label>
              </div>
              <table className="bundle-clashes">
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Id</th>
                    <th scope="col">In the bundle</th>
                    <th scope="col">Choice</th>
                  </tr>
                </thead>
                <tbody>
                  {planned.clashes.map((clash) => (
                    <tr key={clashKey(clash.kind, clash.id)}>
                      <td>{KIND_LABELS[clash.kind]}</td>
                      <td>
                        <code>{clash.id}</code>
                      </td>
                      <td>{clash.label}</td>
                      <td>
                        <PolicySelect
                          label={`Choice for ${clash.kind} ${clash.id}`}
                          value={clash.policy}
                          onChange={(policy) => choose(clash, policy)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!planned?.ok} onClick={accept}>
          Import
        </button>
      </div>
    </Dialog>
  );
}

/** What the import will do, in one line per kind. */
function PlanSummary({ plan }: { plan: ImportPlan }) {
  const line = (label: string, outcome: ImportPlan['diagrams']) =>
    [
      `${outcome.added.length} added`,
      outcome.renamed.length > 0 ? `${outcome.renamed.length} kept beside under a new id` : '',
      outcome.replaced.length > 0 ? `${outcome.replaced.length} replaced` : '',
      outcome.skipped.length > 0 ? `${outcome.skipped.length} skipped` : '',
      outcome.unchanged.length > 0 ? `${outcome.unchanged.length} already there` : '',
    ]
      .filter(Boolean)
      .join(', ')
      .replace(/^/, `${label}: `);
  return (
    <ul className="bundle-outcome" aria-label="What the import does">
      <li>{line('Diagrams', plan.diagrams)}</li>
      <li>{line('Company processes', plan.processes)}</li>
      <li>{line('Mappings', plan.mappings)}</li>
      {plan.codesChanged.map((change) => (
        <li key={change.process}>
          Code {change.from} is taken: the imported process gets {change.to}
        </li>
      ))}
      {plan.alignmentsAdded.length > 0 && (
        <li>Alignments added: {plan.alignmentsAdded.map((a) => a.label).join(', ')}</li>
      )}
      {plan.otherPack !== null && (
        <li>The bundle refers to {plan.otherPack}; its references are kept as they are.</li>
      )}
    </ul>
  );
}
