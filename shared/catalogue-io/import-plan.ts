import { nextOrder } from '../commands/process-commands';
import type { FrameworkProcessId, MappingId, PackId, ProcessId } from '../model/ids';
import { newId } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { Mapping } from '../model/mapping-schema';
import type { CompanyProcess } from '../model/process-schema';
import type { AlignmentQualifier } from '../model/workspace-schema';
import { unneutraliseCell } from './cell-text';
import { FIELD_LABELS, type ColumnMap, type ImportField } from './columns';
import { isBlankRow, type Table } from './table-text';

/** A fault in one cell: the 1-based row of the file, the column's header and what is wrong. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What the workspace brings to an import. */
export interface ImportContext {
  existing: readonly CompanyProcess[];
  framework: { pack: string; release: string };
  alignments: readonly AlignmentQualifier[];
  /** The framework pack's process ids, with their TM Forum UID where it has one. */
  frameworkIds?: ReadonlyMap<string, string | undefined>;
  /** Makes ids; random by default, fixed in tests. */
  newId?: (prefix: string) => string;
  /** The time stamped on new mappings. */
  now?: string;
}

/** What an import would write: shown as a preview; nothing is written until it is accepted. */
export interface ImportPlan {
  processes: CompanyProcess[];
  mappings: Mapping[];
  problems: ImportProblem[];
  /** How many processes were made for a path's parts that named no process yet. */
  createdForPaths: number;
  /** Data rows read (blank rows not counted). */
  rowsRead: number;
}

/**
 * Path parts: `Sales/Orders/Capture`, spaces around the slashes ignored. `\/` is a slash
 * within a name and `\\` a backslash (what the export writes); any other backslash is text.
 */
export function splitPath(path: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < path.length; i += 1) {
    const ch = path[i];
    const next = path[i + 1];
    if (ch === '\\' && (next === '/' || next === '\\')) {
      part += next;
      i += 1;
    } else if (ch === '/') {
      parts.push(part);
      part = '';
    } else part += ch;
  }
  parts.push(part);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** A case-blind key for a list of path parts (names may hold `/`, so never joined by it). */
function pathKey(parts: readonly string[]): string {
  return JSON.stringify(parts.map((p) => p.toLowerCase()));
}

interface Row {
  row: number;
  cell: (field: ImportField) => string;
  process: CompanyProcess;
  parentCode: string;
  path: string[];
}

/**
 * Turns a table and its column map into the processes and mappings an import adds. Parents
 * come from a parent code (a row of the file or a process already there, in any order) or
 * else from a path (`Sales/Orders/Capture`: its last part is the process itself when it
 * equals the name or no name is given; its other parts are found by name, or made). Every
 * fault is listed by row and column: duplicate or taken codes, unknown parents, cycles, an
 * unknown eTOM id or alignment, text too long. O(rows).
 */
export function planImport(table: Table, columns: ColumnMap, context: ImportContext): ImportPlan {
  const makeId = context.newId ?? newId;
  const problems: ImportProblem[] = [];
  const columnName = (field: ImportField): string => {
    const index = columns[field];
    return (index === undefined ? undefined : table.header[index]) || FIELD_LABELS[field];
  };
  const problem = (row: number, field: ImportField, message: string) =>
    problems.push({ row, column: columnName(field), message });

  const existingCodes = new Map<string, CompanyProcess>();
  for (const p of context.existing) if (p.code) existingCodes.set(p.code.toLowerCase(), p);
  const fileCodes = new Map<string, Row>();
  const rows: Row[] = [];

  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const rowNumber = table.headerRow + 1 + index;
    const cell = (field: ImportField): string => {
      const at = columns[field];
      return at === undefined ? '' : unneutraliseCell((cells[at] ?? '').trim());
    };
    const path = splitPath(cell('path'));
    const last = path[path.length - 1];
    let name = cell('name');
    if (name === '' && last !== undefined) name = last;
    // The path names the process itself when its last part is the process's name.
    if (last !== undefined && last.toLowerCase() === name.toLowerCase()) path.pop();
    const process: CompanyProcess = {
      id: makeId('p') as ProcessId,
      name,
      parentId: null,
      order: 0,
    };
    if (name === '') problem(rowNumber, 'name', 'a process needs a name');
    else if (name.length > LIMITS.maxNameLength) {
      problem(rowNumber, 'name', `longer than ${LIMITS.maxNameLength} characters`);
    }
    const code = cell('code');
    if (code !== '') {
      const key = code.toLowerCase();
      const twin = fileCodes.get(key);
      if (code.length > 60) problem(rowNumber, 'code', 'longer than 60 characters');
      else if (twin) problem(rowNumber, 'code', `the code "${code}" is also row ${twin.row}'s`);
      else if (existingCodes.has(key)) {
        problem(
          rowNumber,
          'code',
          `the code "${code}" is already used by "${existingCodes.get(key)?.name}"`,
        );
      }
      process.code = code;
    }
    const description = cell('description');
    if (description.length > LIMITS.maxTextLength) {
      problem(rowNumber, 'description', `longer than ${LIMITS.maxTextLength} characters`);
    } else if (description !== '') process.description = description;
    const owner = cell('owner');
    if (owner.length > LIMITS.maxNameLength) problem(rowNumber, 'owner', 'too long');
    else if (owner !== '') process.owner = owner;
    const level = cell('level');
    if (level !== '') {
      if (/^\d{1,2}$/.test(level) && Number(level) <= 20) process.level = Number(level);
      else problem(rowNumber, 'level', `"${level}" is not a level from 0 to 20`);
    }
    const tags = [
      ...new Set(
        cell('tags')
          .split(/[;,]/)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    if (tags.some((t) => t.length > 60) || tags.length > 50) {
      problem(rowNumber, 'tags', 'at most 50 tags of 60 characters each');
    } else if (tags.length > 0) process.tags = tags;
    const extension = cell('extension').toLowerCase();
    if (['yes', 'y', 'true', 'x', '1'].includes(extension)) process.extension = true;
    else if (!['', 'no', 'n', 'false', '0'].includes(extension)) {
      problem(rowNumber, 'extension', `"${cell('extension')}" is neither yes nor no`);
    }
    const row: Row = { row: rowNumber, cell, process, parentCode: cell('parentCode'), path };
    if (code !== '' && !fileCodes.has(code.toLowerCase())) fileCodes.set(code.toLowerCase(), row);
    rows.push(row);
  });

  const added: CompanyProcess[] = [];
  const byName = new Map<string, ProcessId>();
  const nameKey = (parentId: ProcessId | null, name: string) =>
    `${parentId ?? ''}\u0000${name.toLowerCase()}`;
  for (const p of context.existing) byName.set(nameKey(p.parentId, p.name), p.id);
  let createdForPaths = 0;

  // Parents by code first: a row of the file, else a process already in the workspace.
  for (const row of rows) {
    if (row.parentCode === '') continue;
    const key = row.parentCode.toLowerCase();
    const parent = fileCodes.get(key)?.process ?? existingCodes.get(key);
    if (!parent) problem(row.row, 'parentCode', `no process has the code "${row.parentCode}"`);
    else if (parent === row.process)
      problem(row.row, 'parentCode', 'a process cannot be its own parent');
    else row.process.parentId = parent.id;
  }
  // A chain of parent codes in the file that comes back to where it began is a cycle.
  const rowOf = new Map(rows.map((row) => [row.process.id, row]));
  const inCycle = new Set<Row>();
  for (const row of rows) {
    const chain: Row[] = [];
    for (
      let at: Row | undefined = row;
      at;
      at = rowOf.get(at.process.parentId ?? ('' as ProcessId))
    ) {
      const loop = chain.indexOf(at);
      if (loop >= 0) {
        for (const member of chain.slice(loop)) inCycle.add(member);
        break;
      }
      if (inCycle.has(at)) break;
      chain.push(at);
    }
  }
  for (const row of rows) {
    if (!inCycle.has(row)) continue;
    problem(row.row, 'parentCode', 'the parent codes go round in a circle');
    row.process.parentId = null;
  }
  // Rows placed by code or at the top are known by name, for the paths below to find.
  for (const row of rows) {
    if (row.path.length === 0 && row.process.name !== '') {
      const key = nameKey(row.process.parentId, row.process.name);
      if (!byName.has(key)) byName.set(key, row.process.id);
    }
  }
  // A path row is known by its whole path, so a later row's path finds it whatever the order.
  const byPath = new Map<string, ProcessId>();
  for (const row of rows) {
    if (row.parentCode !== '' || row.path.length === 0 || row.process.name === '') continue;
    const key = pathKey([...row.path, row.process.name]);
    if (!byPath.has(key)) byPath.set(key, row.process.id);
  }
  // Then parents by path: each part found by name under the part before, or made.
  for (const row of rows) {
    if (row.parentCode !== '' || row.path.length === 0) continue;
    let parentId: ProcessId | null = null;
    row.path.forEach((part, index) => {
      const key = nameKey(parentId, part);
      const fullPath = pathKey(row.path.slice(0, index + 1));
      let id = byName.get(key) ?? byPath.get(fullPath);
      if (id === undefined) {
        const made: CompanyProcess = {
          id: makeId('p') as ProcessId,
          name: part,
          parentId,
          order: 0,
        };
        if (part.length > LIMITS.maxNameLength) problem(row.row, 'path', 'a part is too long');
        added.push(made);
        createdForPaths += 1;
        id = made.id;
      }
      byName.set(key, id);
      parentId = id;
    });
    row.process.parentId = parentId;
    if (row.process.name !== '') {
      const own = nameKey(parentId, row.process.name);
      if (!byName.has(own)) byName.set(own, row.process.id);
    }
  }
  // Path parts made above come before the rows, in the order they were met.
  const made = added.slice();
  added.length = 0;
  added.push(...made, ...rows.map((row) => row.process));
  placeInOrder(added, context.existing);

  const mappings = planMappings(rows, context, makeId, problem);
  return { processes: added, mappings, problems, createdForPaths, rowsRead: rows.length };
}

/** Gives each new process the next order among its siblings, in file order. */
function placeInOrder(added: CompanyProcess[], existing: readonly CompanyProcess[]): void {
  const next = new Map<ProcessId | null, number>();
  for (const p of added) {
    const order = next.get(p.parentId) ?? nextOrder(existing, p.parentId);
    p.order = order;
    next.set(p.parentId, order + 1);
  }
}

function planMappings(
  rows: readonly Row[],
  context: ImportContext,
  makeId: (prefix: string) => string,
  problem: (row: number, field: ImportField, message: string) => void,
): Mapping[] {
  const mappings: Mapping[] = [];
  const first = context.alignments[0];
  for (const row of rows) {
    const ids = row
      .cell('etomId')
      .split(/[;,\s]+/)
      .filter(Boolean);
    const alignmentText = row.cell('alignment').toLowerCase();
    if (ids.length === 0) {
      if (alignmentText !== '') problem(row.row, 'alignment', 'an alignment without an eTOM id');
      continue;
    }
    const qualifier =
      alignmentText === ''
        ? first
        : context.alignments.find(
            (a) => a.id === alignmentText || a.label.toLowerCase() === alignmentText,
          );
    if (!qualifier) {
      const known = context.alignments.map((a) => a.label).join(', ');
      problem(row.row, 'alignment', `"${row.cell('alignment')}" is not an alignment (${known})`);
      continue;
    }
    for (const id of ids) {
      if (context.frameworkIds && !context.frameworkIds.has(id)) {
        problem(row.row, 'etomId', `no process "${id}" in ${context.framework.pack}`);
        continue;
      }
      const uid = context.frameworkIds?.get(id);
      mappings.push({
        id: makeId('m') as MappingId,
        processId: row.process.id,
        target: {
          pack: context.framework.pack as PackId,
          release: context.framework.release,
          id: id as FrameworkProcessId,
          ...(uid === undefined ? {} : { uid }),
        },
        alignment: qualifier.id,
        status: 'draft',
        ...(context.now === undefined ? {} : { createdAt: context.now, updatedAt: context.now }),
      });
    }
  }
  return mappings;
}
