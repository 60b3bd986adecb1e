import { z } from 'zod';
import type { Table } from '../../catalogue-io/table-text';
import { processesFileSchema } from '../../model/process-schema';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

/** The formats the company process catalogue is exported in. */
export const CATALOGUE_EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** What `catalogue.export` wrote. */
export interface CatalogueExportResult {
  path: string;
  bytes: number;
}

export const catalogueMethods = {
  /**
   * Reads a CSV, TSV or XLSX file (first sheet) the user chose into a table of text, through
   * the bounded reader; the renderer maps its columns and previews the import.
   */
  readTable: method<Table>()(
    'catalogue.readTable',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * Writes the catalogue (processes.json's processes) as CSV (formula-like cells neutralised)
   * or XLSX to the file the user chose; an existing file is kept unless `overwrite`.
   */
  export: method<CatalogueExportResult>()(
    'catalogue.export',
    z
      .strictObject({
        ...placeFields,
        format: z.enum(CATALOGUE_EXPORT_FORMATS),
        processes: processesFileSchema.shape.processes,
        overwrite: z.boolean().optional(),
      })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
} as const;
