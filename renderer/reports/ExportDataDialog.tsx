import { useEffect, useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import {
  DATA_EXPORTS,
  type DataExportFormat,
  type DataExportKind,
  type DataExportResult,
} from '../../shared/ipc/methods/report-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import type { WorkspaceDocument } from '../../shared/model/document';
import { Dialog } from '../dialogs/Dialog';
import { useSaveTarget } from '../dialogs/useSaveTarget';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { ExportActions } from '../ui/ExportActions';
import { RadioGroup } from '../ui/RadioGroup';
import { SavedNotice } from '../ui/SavedNotice';
import { SaveTargetChoice } from '../ui/SaveTargetChoice';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { EXPORT_TITLES, FORMAT_HINTS, dataExportFileName } from './export-names';
import { openDataExport, useDataExport } from './data-export-store';
import './reports.css';

type Stage =
  | { kind: 'ask' }
  | { kind: 'working'; since: number }
  | { kind: 'done'; result: DataExportResult }
  | { kind: 'failed'; error: HostError };

/** The export dialog of the kind the File menu or a toolbar asked for; nothing when none is. */
export function ExportDataDialog() {
  const kind = useDataExport((s) => s.kind);
  const document = useStudio((s) => s.history?.document);
  if (kind === null || !document) return null;
  return <ExportBody key={kind} kind={kind} document={document} />;
}

/** Seconds since `since`, ticking while an export runs. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * Exports the alignment report, the coverage or the mapping table of the workspace as it is on
 * screen (unsaved edits included). Main draws and writes the file, to a path typed here or
 * chosen with the native save dialog where the host has one.
 */
function ExportBody({ kind, document }: { kind: DataExportKind; document: WorkspaceDocument }) {
  const formats = DATA_EXPORTS[kind] as readonly DataExportFormat[];
  const [format, setFormat] = useState<DataExportFormat>(formats[0]!);
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const suggested = dataExportFileName(document.workspace.name, kind, format);
  const target = useSaveTarget(format, suggested, (error) => setStage({ kind: 'failed', error }));
  const elapsed = useElapsed(stage.kind === 'working' ? stage.since : null);
  const ready = target.writable && stage.kind !== 'working';
  const close = () => openDataExport(null);

  const chooseFormat = (next: DataExportFormat) => {
    setFormat(next);
    target.refit(next);
  };

  const run = async () => {
    setStage({ kind: 'working', since: Date.now() });
    const { workspace, processes, mappings, scope } = document;
    const result = await host().call('report.export', {
      ...placeOf(target.chosen),
      kind,
      format,
      workspace,
      processes,
      mappings,
      scope,
      overwrite: target.overwrite,
    });
    setStage(
      result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', error: result.error },
    );
  };

  return (
    <Dialog title={EXPORT_TITLES[kind].title} onCancel={close} wide>
      {stage.kind === 'done' ? (
        <SavedNotice
          what={`${stage.result.rows} ${kind === 'coverage' ? 'in-scope processes' : 'mappings'}`}
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
          <RadioGroup
            legend="Format"
            stacked
            options={formats.map((f) => ({
              value: f,
              label: f.toUpperCase(),
              hint: FORMAT_HINTS[kind][f],
            }))}
            value={format}
            onChange={chooseFormat}
          />
          <SaveTargetChoice target={target} placeholder={`/path/to/${suggested}`} />
          {stage.kind === 'working' && (
            <div className="data-export-progress" role="status">
              <progress aria-label="Export progress" />
              <span>
                Drawing {document.mappings.mappings.length} mappings and writing the file…
                {elapsed > 0 ? ` ${elapsed} s` : ''}
              </span>
            </div>
          )}
          {stage.kind === 'failed' && (
            <ErrorNotice error={stage.error} onDismiss={() => setStage({ kind: 'ask' })} />
          )}
          <ExportActions working={stage.kind === 'working'} ready={ready} onCancel={close} />
        </form>
      )}
    </Dialog>
  );
}
