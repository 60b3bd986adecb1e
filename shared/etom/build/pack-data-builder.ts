import { parseCsvRecords } from '../../codecs/csv';
import type { FrameworkProcessId } from '../../model/ids';
import { CONFIDENCE_LEVELS, type Confidence } from '../pack-model';
import type { FrameworkProcess, MapCell, MapCellsDataFile, PackDataFile } from '../pack-model';
import { compareProcessIds, isProcessIdText } from '../process-id';
import { CLASSIC_LAYOUT_FACTS, CURRENT_LAYOUT_FACTS } from '../map-layout-facts';
import { formatDataFile } from './format-data-file';

/**
 * Turns the reference CSVs (`../shared/reference/etom/*.csv`) into the pack data files the app
 * ships. Pure: text in, objects out, so the build script and its test share it. Only ids,
 * names, levels, parents, domains, vertical groups and confidence are taken; the reference
 * files' descriptions and `basis` notes never reach the output.
 */

/** The reference file names, relative to the reference folder. */
export const REFERENCE_FILES = {
  current: 'gb921-v25.5.csv',
  lineage: 'gb921-v25.5-lineage.csv',
  classic: 'classic-pre-r16.csv',
  cells: 'map-l2-cells.csv',
} as const;

/** A fault in a reference file, naming the file and the row. */
export class PackBuildError extends Error {
  constructor(file: string, row: number, message: string) {
    super(`${file}: row ${row}: ${message}`);
    this.name = 'PackBuildError';
  }
}

/**
 * A classic identifier in the lineage field: dotted, at least two segments, optionally followed
 * by a note of a later renumbering ("1.1.1.22.10 (then 1.3.1.5)"): the first id is the classic.
 */
const CLASSIC_ID_PATTERN = /^(\d+(?:\.\d+)+)(?:\s+\(then \d+(?:\.\d+)+\))?$/;

const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

function readLevel(file: string, row: number, text: string): number {
  const level = Number(text);
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    throw new PackBuildError(file, row, `level "${text}" is not a whole number from 0 to 9`);
  }
  return level;
}

function readId(file: string, row: number, text: string, column: string): FrameworkProcessId {
  if (!isProcessIdText(text)) {
    throw new PackBuildError(file, row, `${column} "${text}" is not a dotted identifier`);
  }
  return text as FrameworkProcessId;
}

/** Checks ids are unique, parents exist one level up, and sorts by id. */
function checkTree(file: string, processes: FrameworkProcess[]): FrameworkProcess[] {
  const byId = new Map<string, FrameworkProcess>();
  processes.forEach((process, index) => {
    if (byId.has(process.id)) {
      throw new PackBuildError(file, index + 2, `duplicate id "${process.id}"`);
    }
    byId.set(process.id, process);
  });
  processes.forEach((process, index) => {
    if (process.parentId === null) return;
    const parent = byId.get(process.parentId);
    if (parent === undefined) {
      throw new PackBuildError(file, index + 2, `parent "${process.parentId}" does not exist`);
    }
    if (parent.level !== process.level - 1) {
      throw new PackBuildError(
        file,
        index + 2,
        `level ${process.level} under a level ${parent.level}`,
      );
    }
  });
  return [...processes].sort((a, b) => compareProcessIds(a.id, b.id));
}

/** GB921 v25.5 (levels 1-7), with each process's UID and classic id from the lineage file. */
export function buildCurrentPackData(
  currentCsv: string,
  lineageCsv: string,
  notes: string[] = [],
): PackDataFile {
  const lineage = new Map<string, string>();
  const uids = new Map<string, string>();
  parseCsvRecords(lineageCsv, ['id', 'uid', 'original_process_identifier'], {
    file: REFERENCE_FILES.lineage,
  }).forEach((record, index) => {
    const uid = (record.uid ?? '').trim();
    if (uid !== '') uids.set(record.id ?? '', uid);
    const original = (record.original_process_identifier ?? '').trim();
    if (original === '') return;
    // TM Forum's field also holds notes ("new", "X.X.X.X.X", "a-b", "x was y"): only a
    // dotted identifier (with at most a "(then ...)" note) is a usable link to the classic scheme.
    const classicId = CLASSIC_ID_PATTERN.exec(original)?.[1];
    if (classicId === undefined) {
      notes.push(`${REFERENCE_FILES.lineage} row ${index + 2}: skipped lineage "${original}"`);
      return;
    }
    lineage.set(record.id ?? '', classicId);
  });
  const file = REFERENCE_FILES.current;
  const records = parseCsvRecords(
    currentCsv,
    ['id', 'level', 'name', 'parent_id', 'area_or_domain', 'vertical_group'],
    { file },
  );
  const processes = records.map((record, index): FrameworkProcess => {
    const row = index + 2;
    const id = readId(file, row, record.id ?? '', 'id');
    const parent = record.parent_id ?? '';
    const process: FrameworkProcess = {
      id,
      level: readLevel(file, row, record.level ?? ''),
      name: (record.name ?? '').trim(),
      parentId: parent === '' ? null : readId(file, row, parent, 'parent_id'),
      domain: record.area_or_domain ?? '',
      verticalGroups: splitList(record.vertical_group ?? ''),
    };
    const classicId = lineage.get(id);
    if (classicId !== undefined) process.classicId = classicId;
    const uid = uids.get(id);
    if (uid !== undefined) process.uid = uid;
    if (process.name === '') throw new PackBuildError(file, row, 'empty name');
    return process;
  });
  return {
    format: 'etom-studio.framework-pack-data',
    pack: CURRENT_LAYOUT_FACTS.pack,
    generatedFrom: [REFERENCE_FILES.current, REFERENCE_FILES.lineage],
    processes: checkTree(file, processes),
  };
}

/** Reads `1.12.9 Selling [v25.5 eTOM25,5]; ...` into ids on the live and the deleted sheet. */
function readSuccessors(text: string): { live: string[]; deleted: string[] } {
  const live = new Set<string>();
  const deleted = new Set<string>();
  for (const part of splitList(text)) {
    const match = /^(\d+(?:\.\d+)*)\b.*?(?:\[([^\]]*)\])?$/.exec(part);
    if (match?.[1] === undefined) continue;
    (match[2]?.includes('Deleted') ? deleted : live).add(match[1]);
  }
  return { live: [...live].sort(compareProcessIds), deleted: [...deleted].sort(compareProcessIds) };
}

/** The classic v14 scheme (levels 0-3), with confidence and v25.5 successors. */
export function buildClassicPackData(classicCsv: string): PackDataFile {
  const file = REFERENCE_FILES.classic;
  const records = parseCsvRecords(
    classicCsv,
    ['id', 'level', 'name', 'parent_id', 'area_or_domain', 'vertical_group', 'confidence'],
    { file },
  );
  const processes = records.map((record, index): FrameworkProcess => {
    const row = index + 2;
    const parent = record.parent_id ?? '';
    const confidence = record.confidence ?? '';
    if (!(CONFIDENCE_LEVELS as readonly string[]).includes(confidence)) {
      throw new PackBuildError(
        file,
        row,
        `confidence "${confidence}" is not one of ${CONFIDENCE_LEVELS.join(', ')}`,
      );
    }
    const process: FrameworkProcess = {
      id: readId(file, row, record.id ?? '', 'id'),
      level: readLevel(file, row, record.level ?? ''),
      name: (record.name ?? '').trim(),
      parentId: parent === '' ? null : readId(file, row, parent, 'parent_id'),
      domain: record.area_or_domain ?? '',
      verticalGroups: splitList(record.vertical_group ?? ''),
      confidence: confidence as Confidence,
    };
    const successors = readSuccessors(record.v25_5_successor ?? '');
    if (successors.live.length > 0) process.successorIds = successors.live;
    if (successors.deleted.length > 0) process.deletedSuccessorIds = successors.deleted;
    if (process.name === '') throw new PackBuildError(file, row, 'empty name');
    return process;
  });
  return {
    format: 'etom-studio.framework-pack-data',
    pack: CLASSIC_LAYOUT_FACTS.pack,
    generatedFrom: [REFERENCE_FILES.classic],
    processes: checkTree(file, processes),
  };
}

const CELL_SCHEMES: Record<string, typeof CURRENT_LAYOUT_FACTS> = {
  'GB921-v25.5': CURRENT_LAYOUT_FACTS,
  'classic-pre-R16': CLASSIC_LAYOUT_FACTS,
};

/**
 * The L2 cell placements of both schemes. Each row must name an L2 of its pack, a row that
 * is the L2's parent and columns the layout facts know.
 */
export function buildMapCells(cellsCsv: string, packs: readonly PackDataFile[]): MapCellsDataFile {
  const file = REFERENCE_FILES.cells;
  const records = parseCsvRecords(
    cellsCsv,
    ['scheme', 'l2_id', 'row_horizontal_l1', 'columns_vertical'],
    { file },
  );
  const schemes: Record<string, MapCell[]> = {};
  records.forEach((record, index) => {
    const row = index + 2;
    const facts = CELL_SCHEMES[record.scheme ?? ''];
    if (facts === undefined)
      throw new PackBuildError(file, row, `unknown scheme "${record.scheme}"`);
    const pack = packs.find((candidate) => candidate.pack === facts.pack);
    if (pack === undefined) throw new PackBuildError(file, row, `no pack for ${facts.pack}`);
    const id = readId(file, row, record.l2_id ?? '', 'l2_id');
    const process = pack.processes.find((candidate) => candidate.id === id);
    if (process === undefined)
      throw new PackBuildError(file, row, `"${id}" is not in ${facts.pack}`);
    const rowId = readId(file, row, (record.row_horizontal_l1 ?? '').split(' ')[0] ?? '', 'row');
    if (process.parentId !== rowId) {
      throw new PackBuildError(
        file,
        row,
        `"${id}" sits under ${process.parentId}, not row ${rowId}`,
      );
    }
    const known = facts.columns.map((column) => column.verticalGroup);
    // "(none: ...)" is the reference file's note for an Enterprise L2: no column.
    const columnsText = record.columns_vertical ?? '';
    const columns = columnsText.startsWith('(none') ? [] : splitList(columnsText);
    for (const column of columns) {
      if (!known.includes(column))
        throw new PackBuildError(file, row, `unknown column "${column}"`);
    }
    columns.sort((a, b) => known.indexOf(a) - known.indexOf(b));
    (schemes[facts.pack] ??= []).push({ id, row: rowId, columns });
  });
  for (const facts of [CURRENT_LAYOUT_FACTS, CLASSIC_LAYOUT_FACTS]) {
    const cells = (schemes[facts.pack] ??= []);
    cells.sort((a, b) => compareProcessIds(a.id, b.id));
    const placed = new Set(cells.map((cell) => cell.id));
    const pack = packs.find((candidate) => candidate.pack === facts.pack);
    // Level 2 is the map's cell level in both schemes (classic counts its areas as level 0).
    const missing = pack?.processes.filter((p) => p.level === 2 && !placed.has(p.id)) ?? [];
    if (missing.length > 0) {
      throw new PackBuildError(
        file,
        0,
        `${facts.pack} L2 without a cell: ${missing.map((p) => p.id).join(', ')}`,
      );
    }
  }
  return {
    format: 'etom-studio.map-cells',
    generatedFrom: [REFERENCE_FILES.cells],
    schemes,
  };
}

/** The file names the build writes under `shared/etom/packs/`. */
export const PACK_DATA_FILES = {
  current: 'gb921-v25.5.json',
  classic: 'classic-r14.json',
  cells: 'map-cells.json',
} as const;

/** Builds every data file from the reference CSV texts: file name -> contents. */
export function buildAllDataFiles(
  texts: { current: string; lineage: string; classic: string; cells: string },
  notes: string[] = [],
): Record<string, string> {
  const current = buildCurrentPackData(texts.current, texts.lineage, notes);
  const classic = buildClassicPackData(texts.classic);
  const cells = buildMapCells(texts.cells, [current, classic]);
  return {
    [PACK_DATA_FILES.current]: formatDataFile(current),
    [PACK_DATA_FILES.classic]: formatDataFile(classic),
    [PACK_DATA_FILES.cells]: formatDataFile(cells),
  };
}
