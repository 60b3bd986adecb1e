import { catalogueCsv, catalogueTable } from '../../../shared/catalogue-io/export-table';
import type { CompanyProcess } from '../../../shared/model/process-schema';
import { writeChosenFile } from '../files/write-chosen-file';
import { xlsxOfRows } from './xlsx-table';

/** The formats the catalogue is exported in. */
export const CATALOGUE_FORMATS = ['csv', 'xlsx'] as const;
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

/** The catalogue as the bytes of a file in `format`. */
export async function catalogueFileBytes(
  processes: readonly CompanyProcess[],
  format: CatalogueFormat,
): Promise<Buffer> {
  return format === 'csv'
    ? Buffer.from(catalogueCsv(processes), 'utf8')
    : xlsxOfRows('Processes', catalogueTable(processes));
}

/**
 * Writes the catalogue to `absolutePath`; an existing file is kept unless `overwrite`
 * (ALREADY_EXISTS). Returns the bytes written.
 */
export async function writeCatalogueFile(
  absolutePath: string,
  processes: readonly CompanyProcess[],
  format: CatalogueFormat,
  overwrite = false,
): Promise<number> {
  const bytes = await catalogueFileBytes(processes, format);
  await writeChosenFile(absolutePath, bytes, overwrite);
  return bytes.length;
}
