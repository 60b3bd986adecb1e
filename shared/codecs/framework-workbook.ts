import ExcelJS from 'exceljs';
import type { FrameworkProcessId } from '../model/ids';
import type { FrameworkProcess } from '../etom/pack-model';
import { MAX_DESCRIPTION_LENGTH, MAX_PACK_PROCESSES } from '../etom/pack-schema';
import { compareProcessIds, isProcessIdText, parentIdOf } from '../etom/process-id';
import { CURRENT_LAYOUT_FACTS } from '../etom/map-layout-facts';
import { cellText, headerKey } from './framework-workbook-cells';
import {
  MAX_WORKBOOK_ROWS,
  WorkbookLayoutError,
  findColumns,
  findSheet,
  type WorkbookColumn,
} from './framework-workbook-layout';

export {
  MAX_WORKBOOK_ROWS,
  OPTIONAL_WORKBOOK_COLUMNS,
  WORKBOOK_COLUMNS,
  WORKBOOK_SHEET,
  WorkbookLayoutError,
} from './framework-workbook-layout';

/**
 * Reads TM Forum's GB921 workbook (the one users download after registering) into processes
 * with their descriptions. The sheet has one row per process AND vertical group, so rows of
 * the same identifier are merged and their vertical groups united. Level-1 domains have no
 * rows of their own; they are made from the L2 identifiers' prefixes and the Domain column.
 */

/** A row the import could not take, by its row number in the sheet. */
export interface RejectedRow {
  row: number;
  reason: string;
}

export interface WorkbookReadResult {
  sheet: string;
  /** The release the sheet name gives, e.g. `25.5`. */
  release: string;
  /** Every process, in id order, with descriptions where the workbook has them. */
  processes: FrameworkProcess[];
  /** Rows read from the sheet (header excluded, blank rows excluded). */
  rowsRead: number;
  rejected: RejectedRow[];
  /** The level-1 domains made from L2 prefixes because the sheet has no rows for them. */
  synthesized: FrameworkProcessId[];
  countsByLevel: Record<string, number>;
}

/** Only a plain dotted identifier is a usable classic link (the field also holds notes). */
const CLASSIC_ID_PATTERN = /^\d+(?:\.\d+)+$/;

interface Draft {
  process: FrameworkProcess;
  row: number;
}

/** Reads a GB921 workbook from its bytes. `file` names it in errors. */
export async function readFrameworkWorkbook(
  bytes: ArrayBuffer | Uint8Array,
  file: string,
): Promise<WorkbookReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookLayoutError(file, `not a readable .xlsx workbook (${detail})`);
  }
  const { sheet, release } = findSheet(workbook, file);
  const { headerRow, columns } = findColumns(sheet, file);
  if (sheet.rowCount - headerRow > MAX_WORKBOOK_ROWS) {
    throw new WorkbookLayoutError(file, `more than ${MAX_WORKBOOK_ROWS} rows`, sheet.name);
  }

  const drafts = new Map<string, Draft>();
  const rejected: RejectedRow[] = [];
  // The sheet spells a vertical group in more than one case ("operations Readiness &
  // Support"): every spelling maps to the known column name, or to the first one seen.
  const groupNames = new Map<string, string>(
    CURRENT_LAYOUT_FACTS.columns.map((column) => [
      headerKey(column.verticalGroup),
      column.verticalGroup,
    ]),
  );
  const canonicalGroup = (text: string): string => {
    if (text === '') return '';
    const key = headerKey(text);
    const known = groupNames.get(key);
    if (known !== undefined) return known;
    groupNames.set(key, text);
    return text;
  };
  let rowsRead = 0;
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const read = (field: WorkbookColumn): string => {
      const col = columns[field];
      return col === undefined ? '' : cellText(row.getCell(col).value).trim();
    };
    const id = read('id');
    const name = read('name');
    if (id === '' && name === '' && read('level') === '') continue; // blank row
    rowsRead += 1;
    const reason = checkRow(id, name, read('level'));
    if (reason !== null) {
      rejected.push({ row: r, reason });
      continue;
    }
    const group = canonicalGroup(read('verticalGroup'));
    const existing = drafts.get(id);
    if (existing !== undefined) {
      if (existing.process.name !== name) {
        rejected.push({
          row: r,
          reason: `identifier ${id} is named differently on row ${existing.row}`,
        });
        continue;
      }
      if (group !== '' && !existing.process.verticalGroups.includes(group))
        existing.process.verticalGroups.push(group);
      existing.process.briefDescription ||= describe(read('brief'));
      existing.process.extendedDescription ||= describe(read('extended'));
      continue;
    }
    if (drafts.size >= MAX_PACK_PROCESSES) {
      rejected.push({ row: r, reason: `more than ${MAX_PACK_PROCESSES} processes` });
      continue;
    }
    const process: FrameworkProcess = {
      id: id as FrameworkProcessId,
      level: Number(read('level')),
      name,
      parentId: parentIdOf(id),
      domain: read('domain'),
      verticalGroups: group === '' ? [] : [group],
    };
    const original = read('original');
    if (CLASSIC_ID_PATTERN.test(original)) process.classicId = original;
    const uid = read('uid');
    if (uid !== '') process.uid = uid;
    const brief = describe(read('brief'));
    const extended = describe(read('extended'));
    if (brief !== '') process.briefDescription = brief;
    if (extended !== '') process.extendedDescription = extended;
    drafts.set(id, { process, row: r });
  }

  const synthesized = synthesizeDomains(drafts);
  rejectOrphans(drafts, rejected);
  const processes = [...drafts.values()]
    .map((draft) => draft.process)
    .sort((a, b) => compareProcessIds(a.id, b.id));
  for (const process of processes) {
    if (process.briefDescription === '') delete process.briefDescription;
    if (process.extendedDescription === '') delete process.extendedDescription;
  }
  const countsByLevel: Record<string, number> = {};
  for (const process of processes)
    countsByLevel[process.level] = (countsByLevel[process.level] ?? 0) + 1;
  rejected.sort((a, b) => a.row - b.row);
  return { sheet: sheet.name, release, processes, rowsRead, rejected, synthesized, countsByLevel };
}

function describe(text: string): string {
  return text.length > MAX_DESCRIPTION_LENGTH ? text.slice(0, MAX_DESCRIPTION_LENGTH) : text;
}

/** Why a row cannot be taken, or null when it can. */
function checkRow(id: string, name: string, levelText: string): string | null {
  if (id === '') return 'no process identifier';
  if (!isProcessIdText(id))
    return `process identifier "${id.slice(0, 50)}" is not a dotted identifier`;
  if (name === '') return `process ${id} has no name`;
  if (name.length > 500) return `process ${id} has a name longer than 500 characters`;
  const level = Number(levelText);
  if (levelText === '' || !Number.isInteger(level))
    return `process ${id} has level "${levelText.slice(0, 20)}", not a whole number`;
  const expected = id.split('.').length - 1;
  if (level !== expected)
    return `process ${id} has level ${level}, but its identifier is at level ${expected}`;
  return null;
}

/** Adds the L1 domains (`1.3 Customer Domain`) the sheet leaves out, named from the Domain column. */
function synthesizeDomains(drafts: Map<string, Draft>): FrameworkProcessId[] {
  const made: FrameworkProcessId[] = [];
  for (const { process, row } of [...drafts.values()]) {
    if (process.level !== 2 || process.parentId === null || drafts.has(process.parentId)) continue;
    if (process.domain === '') continue;
    drafts.set(process.parentId, {
      process: {
        id: process.parentId,
        level: 1,
        name: process.domain,
        parentId: null,
        domain: process.domain,
        verticalGroups: [],
      },
      row,
    });
    made.push(process.parentId);
  }
  return made.sort(compareProcessIds);
}

/** Drops processes whose parent is not in the pack (and so on down), reporting each row. */
function rejectOrphans(drafts: Map<string, Draft>, rejected: RejectedRow[]): void {
  const ordered = [...drafts.values()].sort((a, b) =>
    compareProcessIds(a.process.id, b.process.id),
  );
  for (const { process, row } of ordered) {
    if (process.parentId === null || process.level <= 1 || drafts.has(process.parentId)) continue;
    drafts.delete(process.id);
    rejected.push({
      row,
      reason: `process ${process.id}: parent ${process.parentId} is not in the workbook`,
    });
  }
}
