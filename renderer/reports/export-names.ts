import { SAVE_EXTENSIONS } from '../../shared/ipc/methods/export-methods';
import type { DataExportFormat, DataExportKind } from '../../shared/ipc/methods/report-methods';

/** What each export is called in its dialog's title and its file name. */
export const EXPORT_TITLES: Readonly<Record<DataExportKind, { title: string; file: string }>> = {
  report: { title: 'Export alignment report', file: 'alignment-report' },
  coverage: { title: 'Export coverage', file: 'coverage' },
  mappings: { title: 'Export mapping table', file: 'mappings' },
};

/** What each format holds, per export, as the dialog explains it. */
export const FORMAT_HINTS: Readonly<
  Record<DataExportKind, Partial<Record<DataExportFormat, string>>>
> = {
  report: {
    html: 'one self-contained page: scope, heat map, coverage per L2, mappings, gaps',
    xlsx: 'workbook: summary, a sheet per level, the mappings',
    pdf: 'A4 document: contents, coverage per L1/L2, heat map, mappings, page numbers',
    csv: 'one table: coverage per L2, mappings, gaps, overlaps, extensions',
  },
  coverage: {
    csv: 'one row per in-scope process, as the command line prints it',
    xlsx: 'workbook: summary and a sheet per level',
    json: 'the same rows as JSON',
  },
  mappings: {
    csv: 'one row per mapping',
    xlsx: 'workbook with one sheet of mappings',
  },
};

/** The file name offered for an export: `kestrel-telecom-coverage.csv`. */
export function dataExportFileName(
  workspaceName: string,
  kind: DataExportKind,
  format: DataExportFormat,
): string {
  const slug = workspaceName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'workspace' : slug}-${EXPORT_TITLES[kind].file}${SAVE_EXTENSIONS[format]}`;
}
