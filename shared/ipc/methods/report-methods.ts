import { z } from 'zod';
import { mappingsFileSchema } from '../../model/mapping-schema';
import { processesFileSchema } from '../../model/process-schema';
import { scopeFileSchema } from '../../model/scope-schema';
import { workspaceFileSchema } from '../../model/workspace-schema';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

/**
 * What the app exports from a workspace's mappings, and in which formats:
 * - `report`: the alignment report (HTML, one self-contained file; XLSX: summary, a sheet
 *   per level, the mappings; PDF: title and contents pages, coverage, heat map, mappings; or
 *   CSV: one table of the HTML report's sections, each row naming its section);
 * - `coverage`: the roll-up of every in-scope process (CSV or JSON as `cli coverage` prints it;
 *   XLSX: a summary and a sheet per level);
 * - `mappings`: the mapping table, one row per mapping (CSV, or XLSX with one sheet).
 */
export const DATA_EXPORTS = {
  report: ['html', 'xlsx', 'pdf', 'csv'],
  coverage: ['csv', 'xlsx', 'json'],
  mappings: ['csv', 'xlsx'],
} as const;
export type DataExportKind = keyof typeof DATA_EXPORTS;
export type DataExportFormat = (typeof DATA_EXPORTS)[DataExportKind][number];
export const DATA_EXPORT_KINDS = Object.keys(DATA_EXPORTS) as DataExportKind[];
const FORMATS = [
  'html',
  'xlsx',
  'csv',
  'json',
  'pdf',
] as const satisfies readonly DataExportFormat[];

/** What `report.export` wrote. */
export interface DataExportResult {
  path: string;
  bytes: number;
  /** How many rows the export has (mappings, in-scope processes); the report's mappings. */
  rows: number;
}

export const reportMethods = {
  /**
   * Writes a report or a table of the workspace as the renderer holds it (unsaved edits
   * included): the workspace, processes, mappings and scope files, checked like files read
   * from disk. Main draws the file itself (never text from the renderer), from the framework
   * pack the workspace names, to the file the user chose (a save dialog's answer for this
   * format, or a typed path in the browser host); an existing file is kept unless `overwrite`.
   */
  export: method<DataExportResult>()(
    'report.export',
    z
      .strictObject({
        ...placeFields,
        kind: z.enum(DATA_EXPORT_KINDS as [DataExportKind, ...DataExportKind[]]),
        format: z.enum(FORMATS),
        workspace: workspaceFileSchema,
        processes: processesFileSchema,
        mappings: mappingsFileSchema,
        scope: scopeFileSchema,
        overwrite: z.boolean().optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED)
      .refine((args) => (DATA_EXPORTS[args.kind] as readonly string[]).includes(args.format), {
        message: 'that format is not offered for that export',
        path: ['format'],
      }),
  ),
} as const;
