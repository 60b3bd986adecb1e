import { access } from 'node:fs/promises';
import * as path from 'node:path';
import { HostFailure } from '../../../shared/ipc/errors';
import type { WorkbookReadResult } from '../../../shared/codecs/framework-workbook';
import type { FrameworkPack } from '../../../shared/etom/pack-model';
import type { PackId } from '../../../shared/model/ids';
import { USER_PACK_FORMAT, USER_PACK_VERSION } from '../../../shared/etom/pack-schema';
import { isBuiltInPackId } from '../../../shared/etom/registry';
import {
  MAX_REPORTED_REJECTIONS,
  type WorkbookImportReport,
} from '../../../shared/ipc/methods/framework-methods';
import { readWorkerPool } from '../workspace/read-worker-pool';
import { userPackPath, writeUserPack } from './framework-pack-store';

/** The largest workbook read (GB921 v25.5 is under 1 MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export interface ImportWorkbookOptions {
  appDataDir: string;
  /** Absolute path of the workbook the user chose. */
  path: string;
  packId?: string;
  label?: string;
  now?: () => Date;
}

/**
 * Imports the user's licensed GB921 workbook: reads and checks it, merges its rows into
 * processes with brief and extended descriptions, and stores the result as a user pack in
 * `<appDataDir>/packs/`. Layout faults fail with SCHEMA_ERROR naming the file, sheet and
 * column; rows it cannot take are listed in the report by row number and reason.
 */
export async function importFrameworkWorkbook(
  options: ImportWorkbookOptions,
): Promise<WorkbookImportReport> {
  const started = performance.now();
  const source = options.path;
  const fileName = path.basename(source);
  if (!path.isAbsolute(source)) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `The workbook path must be absolute: ${source.slice(0, 200)}`,
      file: source,
    });
  }
  if (path.extname(source).toLowerCase() !== '.xlsx') {
    throw new HostFailure({
      code: 'UNSUPPORTED',
      message: `${fileName} is not an .xlsx workbook. Choose TM Forum's GB921 Excel file.`,
      file: source,
    });
  }
  // Read in the read worker (workbook-job.ts): ExcelJS parses the whole workbook in one go.
  const outcome = await readWorkerPool.run({
    kind: 'framework-workbook',
    path: source,
    file: source,
    name: fileName,
    maxBytes: MAX_WORKBOOK_BYTES,
  });
  if (outcome.ok === null) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${source} does not exist.`,
      file: source,
    });
  }
  if (outcome.ok === false) throw new HostFailure(outcome.error);
  const result = outcome.value as WorkbookReadResult;
  if (result.processes.length === 0) {
    const first = result.rejected[0];
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${fileName}, sheet "${result.sheet}": no process could be imported${first ? ` (row ${first.row}: ${first.reason})` : ''}.`,
      file: source,
    });
  }

  const packId = (options.packId ??
    `gb921-v${result.release.replace(/[^0-9.]/g, '')}-licensed`) as PackId;
  if (isBuiltInPackId(packId)) {
    throw new HostFailure({
      code: 'ALREADY_EXISTS',
      message: `"${packId}" is a built-in pack; choose another id for the imported one.`,
    });
  }
  const label = options.label ?? `GB921 v${result.release} (your licensed workbook)`;
  const pack: FrameworkPack = {
    id: packId,
    label,
    release: result.release,
    attribution: `Process identifiers, names and descriptions from TM Forum GB921 Business Process Framework (eTOM) v${result.release}, (c) TM Forum`,
    reconstructed: false,
    source: 'user',
    processes: result.processes,
  };
  const replaced = await exists(userPackPath(options.appDataDir, packId));
  await writeUserPack(options.appDataDir, {
    format: USER_PACK_FORMAT,
    version: USER_PACK_VERSION,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    importedFrom: fileName,
    pack,
  });
  return {
    packId,
    label,
    release: result.release,
    file: fileName,
    sheet: result.sheet,
    rowsRead: result.rowsRead,
    processCount: result.processes.length,
    countsByLevel: result.countsByLevel,
    synthesized: result.synthesized,
    rejected: result.rejected.slice(0, MAX_REPORTED_REJECTIONS),
    rejectedCount: result.rejected.length,
    replaced,
    durationMs: Math.round(performance.now() - started),
  };
}

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}
