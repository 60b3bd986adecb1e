import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { catalogueCsv, catalogueTable } from '../../../shared/catalogue-io/export-table';
import { HostFailure } from '../../../shared/ipc/errors';
import type { CompanyProcess } from '../../../shared/model/process-schema';
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
  try {
    await writeFile(absolutePath, bytes, { flag: overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new HostFailure({
      code: code === 'EEXIST' ? 'ALREADY_EXISTS' : 'IO_ERROR',
      message:
        code === 'EEXIST'
          ? `${path.basename(absolutePath)} exists; choose another name or allow overwriting`
          : `${path.basename(absolutePath)}: ${error instanceof Error ? error.message : String(error)}`,
      file: absolutePath,
      ...(code === undefined ? {} : { osCode: code }),
    });
  }
  return bytes.length;
}
