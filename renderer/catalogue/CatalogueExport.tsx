import { useState } from 'react';
import type { CATALOGUE_EXPORT_FORMATS } from '../../shared/ipc/methods/catalogue-methods';
import { type CatalogueExportResult } from '../../shared/ipc/methods/catalogue-methods';
import type { HostError } from '../../shared/ipc/errors';
import { placeOf } from '../../shared/ipc/path-ref';
import type { CompanyProcess } from '../../shared/model/process-schema';
import { useNativeDialogs } from '../dialogs/useNativeDialogs';
import { usePlace } from '../dialogs/usePlace';
import { withFormatExtension } from '../framework-map/export-target';
import { useExportTargetCheck } from '../framework-map/useExportTargetCheck';
import { host } from '../platform/host';
import { SaveTargetField } from '../ui/SaveTargetField';

type Format = (typeof CATALOGUE_EXPORT_FORMATS)[number];

/**
 * The catalogue's export, beside the selected process: CSV or XLSX, to a path typed in (checked
 * as typed) or chosen with the host's save dialog, an existing file replaced only when ticked.
 */
export function CatalogueExport({
  processes,
  workspaceName,
}: {
  processes: readonly CompanyProcess[];
  workspaceName: string;
}) {
  const [format, setFormat] = useState<Format>('csv');
  const file = usePlace();
  const [replace, setReplace] = useState(false);
  const [note, setNote] = useState<CatalogueExportResult | HostError | null>(null);
  const [working, setWorking] = useState(false);
  const verdict = useExportTargetCheck(file.chosen, format);
  const native = useNativeDialogs();
  const needsConfirm = verdict?.exists === true;
  const ready = verdict?.ok === true && (!needsConfirm || replace) && !working;
  const suggested = `${workspaceName.replace(/[\\/:*?"<>|]+/g, '-')} processes.${format}`;

  const chooseFormat = (next: Format) => {
    setFormat(next);
    if (file.place.path !== '') file.type(withFormatExtension(file.place.path, next));
  };

  const pickNative = async () => {
    const result = await host().call('dialog.pickSaveFile', { suggestedName: suggested, format });
    if (result.ok && result.value !== null) {
      file.pick(result.value);
      // The operating system's dialog has already asked about replacing an existing file.
      setReplace(true);
    } else if (!result.ok) setNote(result.error);
  };

  const run = async () => {
    setWorking(true);
    const result = await host().call('catalogue.export', {
      ...placeOf(file.chosen),
      format,
      processes: [...processes],
      overwrite: needsConfirm && replace,
    });
    setWorking(false);
    setNote(result.ok ? result.value : result.error);
  };

  return (
    <form
      className="catalogue-export"
      aria-label="Export the catalogue"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void run();
      }}
    >
      <label className="catalogue-field">
        <span>Export format</span>
        <select value={format} onChange={(e) => chooseFormat(e.target.value as Format)}>
          <option value="csv">CSV</option>
          <option value="xlsx">XLSX</option>
        </select>
      </label>
      <SaveTargetField
        label="Export to"
        place={file.place}
        verdict={verdict}
        placeholder={`/path/to/${suggested}`}
        onType={(text) => {
          file.type(text);
          setReplace(false);
        }}
        {...(native ? { onChoose: () => void pickNative() } : {})}
      />
      {needsConfirm && (
        <label>
          <input
            type="checkbox"
            checked={replace}
            onChange={(event) => setReplace(event.target.checked)}
          />
          Replace the existing file
        </label>
      )}
      <button type="submit" disabled={!ready}>
        {working ? 'Exporting…' : 'Export'}
      </button>
      {note && (
        <p role="status">
          {'path' in note ? `Wrote ${processes.length} processes to ${note.path}` : note.message}
        </p>
      )}
    </form>
  );
}
