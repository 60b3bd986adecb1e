import { useState } from 'react';
import type { HostError } from '../../shared/ipc/errors';
import type { ExportFormat } from '../../shared/ipc/methods/export-methods';
import { placeOf } from '../../shared/ipc/path-ref';
import { Dialog } from '../dialogs/Dialog';
import { useSaveTarget } from '../dialogs/useSaveTarget';
import { host } from '../platform/host';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';
import { ExportActions } from '../ui/ExportActions';
import { SaveTargetChoice } from '../ui/SaveTargetChoice';
import { SavedNotice } from '../ui/SavedNotice';
import { ErrorNotice } from '../welcome/ErrorNotice';
import { exportFileName } from './export-target';
import type { MapPicture } from './map-picture';
import { PdfPageFields, pdfPage, type PdfPageChoice } from './PdfPageFields';
import { PngFields, type PngChoice } from './PngFields';

interface Props {
  scheme: string;
  /** What is exported: the framework map, or the heat map painted on it. */
  picture: MapPicture;
  onClose: () => void;
}

type Stage =
  | { kind: 'ask' }
  | { kind: 'working' }
  | { kind: 'done'; path: string }
  | { kind: 'failed'; error: HostError };

const FORMATS: ReadonlyArray<RadioOption<ExportFormat>> = [
  { value: 'svg', label: 'SVG', hint: 'vector, text stays text' },
  { value: 'png', label: 'PNG', hint: 'image, 1× to 4× size' },
  { value: 'pdf', label: 'PDF', hint: 'vector, selectable text, for print' },
];

/**
 * Exports the level-0/level-1 map, or the heat map, as SVG, PNG (1x-4x, white or transparent)
 * or PDF (on a page of its own size, A4 or A3). The SVG is drawn here from the same grid as
 * the screen; the host checks it again and writes it (or its PNG) to the file the user names,
 * typed in or picked with the native save dialog where the host has one.
 */
export function ExportMapDialog({ scheme, picture, onClose }: Props) {
  const [format, setFormat] = useState<ExportFormat>('svg');
  const [page, setPage] = useState<PdfPageChoice>({ size: 'fit', orientation: 'portrait' });
  const [png, setPng] = useState<PngChoice>({ scale: 2, transparent: false });
  const [stage, setStage] = useState<Stage>({ kind: 'ask' });
  const suggested = exportFileName(scheme, format, picture.fileStem);
  const target = useSaveTarget(format, suggested, (error) => setStage({ kind: 'failed', error }));
  const ready = target.writable && stage.kind !== 'working';

  const chooseFormat = (next: ExportFormat) => {
    setFormat(next);
    target.refit(next);
  };

  const run = async () => {
    setStage({ kind: 'working' });
    let svg: string;
    try {
      svg = picture.draw(format === 'png' && png.transparent);
    } catch (error) {
      setStage({ kind: 'failed', error: { code: 'INTERNAL', message: String(error) } });
      return;
    }
    const result = await host().call('export.write', {
      ...placeOf(target.chosen),
      format,
      svg,
      // The drawing has its own title line, so the page adds none.
      ...(format === 'pdf' ? { pdf: pdfPage(page) } : {}),
      ...(format === 'png'
        ? { scale: png.scale, background: png.transparent ? 'transparent' : 'white' }
        : {}),
      overwrite: target.overwrite,
    });
    setStage(
      result.ok
        ? { kind: 'done', path: result.value.path }
        : { kind: 'failed', error: result.error },
    );
  };

  return (
    <Dialog title={picture.dialogTitle} onCancel={onClose} wide>
      {stage.kind === 'done' ? (
        <SavedNotice path={stage.path} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) void run();
          }}
        >
          <RadioGroup legend="Format" options={FORMATS} value={format} onChange={chooseFormat} />
          {format === 'pdf' && <PdfPageFields value={page} onChange={setPage} />}
          {format === 'png' && <PngFields value={png} onChange={setPng} />}
          <SaveTargetChoice target={target} placeholder={`/path/to/${suggested}`} />
          {stage.kind === 'failed' && (
            <ErrorNotice error={stage.error} onDismiss={() => setStage({ kind: 'ask' })} />
          )}
          <ExportActions working={stage.kind === 'working'} ready={ready} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
