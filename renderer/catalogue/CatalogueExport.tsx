import { useState } from 'react';
import type { CATALOGUE_EXPORT_FORMATS } from '../../shared/ipc/methods/catalogue-methods';
import { type CatalogueExportResult } from '../../shared/ipc/methods/catalogue-methods';
import type { HostError } from '../../shared/ipc/errors';
import { placeOf } from '../../shared/ipc/path-ref';
import type { CompanyProcess } from '../../shared/model/process-schema';
import { useSaveTarget } from '../dialogs/useSaveTarget';
import { host } from '../platform/host';
import { SaveTargetChoice } from '../ui/SaveTargetChoice';

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
  const [note, setNote] = useState<CatalogueExportResult | HostError | null>(null);
  const [working, setWorking] = useState(false);
  const suggested = `${workspaceName.replace(/[\\/:*?"<>|]+/g, '-')} processes.${format}`;
  const target = useSaveTarget(format, suggested, setNote);
  const ready = target.writable && !working;

  const chooseFormat = (next: Format) => {
    setFormat(next);
    target.refit(next);
  };

  const run = async () => {
    setWorking(true);
    const result = await host().call('catalogue.export', {
      ...placeOf(target.chosen),
      format,
      processes: [...processes],
      overwrite: target.overwrite,
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
      <SaveTargetChoice label="Export to" target={target} placeholder={`/path/to/${suggested}`} />
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
