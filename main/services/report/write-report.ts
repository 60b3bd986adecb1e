import * as path from 'node:path';
import type { FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { HostFailure } from '../../../shared/ipc/errors';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { atomicWrite } from '../workspace/atomic-write';
import { dataExportBytes } from './data-export';

/** The formats an alignment report is written in, with the extension each file must have. */
export const REPORT_FORMATS = { html: '.html', xlsx: '.xlsx', pdf: '.pdf', csv: '.csv' } as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/**
 * Writes the alignment report of a workspace to `target` (absolute, with the format's
 * extension), atomically, so a failed write never leaves half a report. Returns the bytes written.
 */
export async function writeReport(
  document: WorkspaceDocument,
  catalogue: FrameworkCatalogue,
  format: ReportFormat,
  target: string,
  generatedAt: string = new Date().toISOString(),
): Promise<number> {
  if (path.extname(target).toLowerCase() !== REPORT_FORMATS[format]) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `A ${format.toUpperCase()} report must be a file ending in ${REPORT_FORMATS[format]}.`,
      file: target,
    });
  }
  const { bytes } = await dataExportBytes({
    kind: 'report',
    format,
    document,
    catalogue,
    generatedAt,
    target,
  });
  await atomicWrite(target, bytes);
  return bytes.byteLength;
}
