import { useId, useState } from 'react';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../shared/bundle/bundle-schema';
import type { HostError } from '../../shared/ipc/errors';
import { MAX_PNG_PIXELS, type ExportWriteResult } from '../../shared/ipc/methods/export-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { DiagramTheme } from '../../shared/render/diagram-svg';
import { Dialog } from '../dialogs/Dialog';
import { useSaveTarget } from '../dialogs/useSaveTarget';
import { PdfPageFields, pdfPage, type PdfPageChoice } from '../framework-map/PdfPageFields';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';
import { ExportActions } from '../ui/ExportActions';
import { SaveTargetChoice } from '../ui/SaveTargetChoice';
import { SavedNotice } from '../ui/SavedNotice';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { openDiagramExport, useDiagramExport } from './diagram-export-store';
import { drawDiagram } from './draw-diagram';
import { drawAllDiagrams } from './draw-diagrams';
import { EmbedDiagramField, embeddedBundle } from './EmbedDiagramField';
import { ExportProgressLine } from './ExportProgressLine';
import { useExportJob, type JobControl } from './useExportJob';

type Format = 'svg' | 'png' | 'pdf' | 'json';

type Stage =
  | { kind: 'ask' }
  | { kind: 'working' }
  | { kind: 'cancelled' }
  | { kind: 'done'; result: Written; leftOut: readonly string[] }
  | { kind: 'failed'; error: HostError };

/** What a run ended with: the host's answer, or the user's cancel before main was asked. */
/** What the dialog says of a written file: where, and for a PNG drawn smaller, how big. */
type Written = Pick<ExportWriteResult, 'path'> &
  Partial<Pick<ExportWriteResult, 'scale' | 'width' | 'height'>>;

type Outcome =
  | { ok: true; value: Written; leftOut?: readonly string[] }
  | { ok: false; error: HostError }
  | null;

const FORMATS: ReadonlyArray<RadioOption<Format>> = [
  { value: 'svg', label: 'SVG', hint: 'vector, text stays text' },
  { value: 'png', label: 'PNG', hint: 'image' },
  { value: 'pdf', label: 'PDF', hint: 'for print' },
  { value: 'json', label: 'JSON', hint: `${BUNDLE_EXTENSION} bundle, re-importable` },
];

const THEMES: ReadonlyArray<RadioOption<DiagramTheme>> = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const BACKGROUNDS: ReadonlyArray<RadioOption<'solid' | 'transparent'>> = [
  { value: 'solid', label: 'Solid' },
  { value: 'transparent', label: 'Transparent' },
];

const EXTENSIONS: Readonly<Record<Format, string>> = {
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
  json: BUNDLE_EXTENSION,
};

/** Mounted once in the workspace view; shows while "Export diagram…" has a request. */
export function ExportDiagramDialog() {
  const request = useDiagramExport((s) => s.request);
  const document = useStudio((s) => s.history?.document ?? null);
  const diagram = document?.diagrams.find((d) => d.id === request?.diagramId) ?? null;
  if (!request || !document || !diagram) return null;
  return (
    <DiagramExportForm
      key={request.diagramId}
      document={document}
      diagram={diagram}
      selection={request.selection}
      onClose={() => openDiagramExport(null)}
    />
  );
}

interface FormProps {
  document: WorkspaceDocument;
  diagram: DiagramFile;
  selection: readonly string[];
  onClose: () => void;
}

/**
 * Exports a diagram as SVG or PNG (drawn here by shared/render, checked again and written by
 * the host, PNG rasterised there) or as its portable JSON bundle (read back by the host before
 * it is written), to the file the user types or picks, as the map's export dialog does.
 */
function DiagramExportForm({ document, diagram, selection, onClose }: FormProps) {
  const scaleId = useId();
  const [format, setFormat] = useState<Format>('svg');
  const [scale, setScale] = useState(2);
  const [theme, setTheme] = useState<DiagramTheme>('light');
  const [transparent, setTransparent] = useState(false);
  const [onlySelection, setOnlySelection] = useState(false);
  const [embed, setEmbed] = useState(false);
  const [page, setPage] = useState<PdfPageChoice>({ size: 'fit', orientation: 'portrait' });
  const [allDiagrams, setAllDiagrams] = useState(false);
  const job = useExportJob();
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const picture = format !== 'json';
  // One PDF of every diagram, with a contents page: whole diagrams only.
  const workspacePdf = format === 'pdf' && allDiagrams;
  const selectionOnly = onlySelection && !workspacePdf;
  // The bundle is the whole diagram, so a picture of a selection never carries more than it shows.
  const canEmbed = (format === 'svg' || format === 'png') && !onlySelection;
  const fileStem = workspacePdf ? 'diagrams' : diagram.id;
  const suggested = `${fileStem}${EXTENSIONS[format]}`;
  const target = useSaveTarget(format, suggested, (error) => setStage({ kind: 'failed', error }));
  const ready = target.writable && stage.kind !== 'working';

  const chooseFormat = (next: Format) => {
    setFormat(next);
    target.refit(next, EXTENSIONS[next]);
  };

  /** The host call of the export chosen, as a job main reports on and can cancel. */
  const exportOnce = async (control: JobControl): Promise<Outcome> => {
    const overwrite = target.overwrite;
    if (format === 'json') {
      const bundle = buildBundle(document, [diagram.id], new Date().toISOString());
      return host().call('export.bundle', {
        ...placeOf(target.chosen),
        bundle: `${JSON.stringify(bundle, null, 2)}\n`,
        overwrite,
      });
    }
    if (workspacePdf) {
      return drawAllDiagrams(document, { theme, transparent }, control).then(async (drawn) => {
        if (drawn === null) return null;
        if (drawn.pictures.length === 0) {
          return {
            ok: false,
            error: { code: 'INVALID_ARGUMENT', message: 'No diagram has anything to draw.' },
          };
        }
        const result = await host().call('export.writeDocument', {
          ...placeOf(target.chosen),
          pictures: drawn.pictures,
          pdf: { ...pdfPage(page), title: document.workspace.name },
          overwrite,
          jobId: control.jobId,
        });
        return result.ok ? { ...result, leftOut: drawn.leftOut } : result;
      });
    }
    control.say({ step: 'preparing', done: 0, total: 1 });
    // Let "Drawing…" paint first: a 5,000-node diagram takes a good part of a second.
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    const svg = drawDiagram(document, diagram, {
      theme,
      transparent,
      selection: onlySelection ? selection : null,
    });
    return host().call('export.write', {
      ...placeOf(target.chosen),
      format,
      svg,
      overwrite,
      jobId: control.jobId,
      ...(canEmbed && embed ? { bundle: embeddedBundle(document, diagram) } : {}),
      ...(format === 'png'
        ? { scale, background: transparent ? ('transparent' as const) : ('white' as const) }
        : {}),
      // The diagram's name heads the page: the drawing itself has no title line.
      ...(format === 'pdf' ? { pdf: { ...pdfPage(page), title: diagram.name } } : {}),
    });
  };

  const run = async () => {
    setStage({ kind: 'working' });
    let outcome: Outcome;
    try {
      outcome = await job.run(exportOnce);
    } catch (error) {
      setStage({
        kind: 'failed',
        error: {
          code: 'INTERNAL',
          message: error instanceof Error ? error.message : String(error),
        },
      });
      return;
    }
    if (outcome === null || (!outcome.ok && outcome.error.code === 'CANCELLED')) {
      setStage({ kind: 'cancelled' });
    } else if (outcome.ok) {
      setStage({ kind: 'done', result: outcome.value, leftOut: outcome.leftOut ?? [] });
    } else setStage({ kind: 'failed', error: outcome.error });
  };

  return (
    <Dialog title={`Export diagram “${diagram.name}”`} onCancel={onClose} wide>
      {stage.kind === 'done' ? (
        <SavedNotice path={stage.result.path} onClose={onClose}>
          {stage.result.scale !== undefined && (
            <p className="muted">
              {`Drawn at ${stage.result.scale}× (${stage.result.width ?? '?'} × ${stage.result.height ?? '?'} px): at the scale chosen the picture would have been over ${MAX_PNG_PIXELS / 1_000_000} million pixels.`}
            </p>
          )}
          {stage.leftOut.length > 0 && (
            <p className="muted">
              {`Left out, with nothing to draw: ${stage.leftOut.map((name) => `“${name}”`).join(', ')}.`}
            </p>
          )}
        </SavedNotice>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) void run();
          }}
        >
          <RadioGroup legend="Format" options={FORMATS} value={format} onChange={chooseFormat} />
          {picture && (
            <>
              <RadioGroup legend="Theme" options={THEMES} value={theme} onChange={setTheme} />
              <RadioGroup
                legend="Background"
                options={BACKGROUNDS}
                value={transparent ? 'transparent' : 'solid'}
                onChange={(background) => setTransparent(background === 'transparent')}
              />
              <RadioGroup
                legend="Export"
                options={[
                  { value: 'whole', label: 'Whole diagram' },
                  {
                    value: 'selection',
                    label: `Selection (${selection.length})`,
                    disabled: selection.length === 0 || workspacePdf,
                  },
                ]}
                value={selectionOnly ? 'selection' : 'whole'}
                onChange={(extent) => setOnlySelection(extent === 'selection')}
              />
            </>
          )}
          {(format === 'svg' || format === 'png') && (
            <EmbedDiagramField
              checked={embed && canEmbed}
              disabled={!canEmbed}
              onChange={setEmbed}
            />
          )}
          {format === 'pdf' && (
            <RadioGroup
              legend="Diagrams"
              options={[
                { value: 'this', label: 'This diagram' },
                {
                  value: 'all',
                  label: `All diagrams (${document.diagrams.length}) in one file, with a contents page`,
                },
              ]}
              value={allDiagrams ? 'all' : 'this'}
              onChange={(scope) => setAllDiagrams(scope === 'all')}
            />
          )}
          {format === 'pdf' && <PdfPageFields value={page} onChange={setPage} />}
          {format === 'png' && (
            <div className="field">
              <label htmlFor={scaleId}>Scale</label>
              <select
                id={scaleId}
                value={scale}
                onChange={(event) => setScale(Number(event.target.value))}
              >
                {[1, 2, 3, 4].map((s) => (
                  <option key={s} value={s}>{`${s}×`}</option>
                ))}
              </select>
            </div>
          )}
          <SaveTargetChoice target={target} placeholder={`/path/to/${suggested}`} />
          {stage.kind === 'working' && <ExportProgressLine activity={job.activity} />}
          {stage.kind === 'cancelled' && (
            <p role="status">Export cancelled; nothing was written.</p>
          )}
          {stage.kind === 'failed' && (
            <ErrorNotice error={stage.error} onDismiss={() => setStage({ kind: 'ask' })} />
          )}
          <ExportActions
            working={stage.kind === 'working'}
            ready={ready}
            onCancel={onClose}
            onStop={job.cancel}
          />
        </form>
      )}
    </Dialog>
  );
}
