import type { Invocation } from '../commands/types';
import type { WorkspaceDocument } from '../model/document';
import type { FileKind } from '../model/validate';
import type { MergeRecord, RecordedConflict } from './conflict-record-schema';
import { fileValue, filePlace, parsePath, valueAt, withValueAt } from './conflict-place';
import { formatPath, type PathStep } from './merge-conflict';
import { sameJson } from './same-json';

/** Which version a conflict takes; `kept` leaves the workspace as it is now. */
export type Choice = 'ours' | 'theirs' | 'kept';

/** Where on screen a conflict shows: the diagram node, or the mapping row, it is about. */
export interface ConflictMarks {
  nodes: Array<{ diagramId: string; nodeId: string }>;
  mappings: string[];
}

/** One conflict of a record, read against the workspace as it is now. */
export interface RecordConflictItem {
  id: string;
  file: string;
  kind: RecordedConflict['kind'];
  /** The element in words: `Node "Order capture" (n-1)`. */
  element: string;
  /** The field inside it (`label`), or null when the whole element is in conflict. */
  field: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
  message: string;
  /**
   * `open`: the workspace holds ours, waiting for a choice; `resolved`: a choice was made and
   * the workspace still holds it; `stale`: the workspace holds neither version any more (edited
   * since the merge), so nothing is applied, only reported.
   */
  state: 'open' | 'resolved' | 'stale';
  /** What can be chosen now (a dangling reference, already repaired, can only be kept). */
  choices: Choice[];
  marks: ConflictMarks;
}

type Json = Record<string, unknown>;

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function keyOf(step: PathStep | undefined): string | null {
  return step !== undefined && typeof step !== 'string' ? step.key : null;
}

/** The element a path is about, in words, and the rest of the path (the field). */
function describeElement(
  document: WorkspaceDocument,
  kind: FileKind,
  steps: readonly PathStep[],
  root: unknown,
  conflict: RecordedConflict,
): { element: string; field: string | null; marks: ConflictMarks } {
  const marks: ConflictMarks = { nodes: [], mappings: [] };
  const key = keyOf(steps[1]);
  const set = steps[0];
  if (key === null || typeof set !== 'string') {
    return { element: `The file's ${formatPath(steps) || 'content'}`, field: null, marks };
  }
  const field = steps.length > 2 ? formatPath(steps.slice(2)) : null;
  const value = asJson(
    valueAt(kind, root, steps.slice(0, 2)) ?? conflict.ours ?? conflict.theirs ?? conflict.base,
  );
  const named = (noun: string, name: unknown) =>
    typeof name === 'string' && name !== '' ? `${noun} "${name}" (${key})` : `${noun} ${key}`;
  if (kind === 'diagram' && set === 'nodes') {
    const diagramId = asJson(root).id;
    if (typeof diagramId === 'string') marks.nodes.push({ diagramId, nodeId: key });
    const process = document.processes.processes.find((p) => p.id === value.processId);
    const label = value.label ?? process?.name ?? value.processId;
    return { element: named('Node', label), field, marks };
  }
  if (kind === 'diagram' && set === 'edges') {
    return { element: named('Connection', value.label), field, marks };
  }
  if (kind === 'processes') {
    for (const diagram of document.diagrams) {
      for (const node of diagram.nodes) {
        if (node.kind === 'process' && node.processId === key) {
          marks.nodes.push({ diagramId: diagram.id, nodeId: node.id });
        }
      }
    }
    return { element: named('Company process', value.name), field, marks };
  }
  if (kind === 'mappings') {
    marks.mappings.push(key);
    const process = document.processes.processes.find((p) => p.id === value.processId);
    const target = asJson(value.target).id;
    const name = `${process?.name ?? String(value.processId)} to ${String(target)}`;
    return { element: named('Mapping', name), field, marks };
  }
  return { element: `${set} ${key}`, field, marks };
}

/** A record's conflicts, each read against `document` and the choices made so far. */
export function recordConflictItems(
  document: WorkspaceDocument,
  record: MergeRecord,
  choices: ReadonlyMap<string, Choice>,
): RecordConflictItem[] {
  const place = filePlace(record.file);
  return record.conflicts.map((conflict, index) => {
    const id = `${record.file}#${index}`;
    const choice = choices.get(id);
    const steps = parsePath(conflict.path);
    const root = place ? fileValue(document, place) : undefined;
    const base = {
      id,
      file: record.file,
      kind: conflict.kind,
      base: conflict.base,
      ours: conflict.ours,
      theirs: conflict.theirs,
      message: conflict.message,
    };
    if (place === null || steps === null || root === undefined) {
      return {
        ...base,
        element: conflict.path,
        field: null,
        state: choice === 'kept' ? 'resolved' : 'stale',
        choices: ['kept'],
        marks: { nodes: [], mappings: [] },
      };
    }
    const described = describeElement(document, place.kind, steps, root, conflict);
    const now = valueAt(place.kind, root, steps);
    if (conflict.kind === 'dangling-reference') {
      return {
        ...base,
        ...described,
        state: choice === 'kept' ? 'resolved' : 'open',
        choices: ['kept'],
      };
    }
    const holds = (side: unknown) => sameJson(now, side);
    const resolved =
      choice === 'kept' ||
      (choice === 'ours' && holds(conflict.ours)) ||
      (choice === 'theirs' && holds(conflict.theirs));
    const open = holds(conflict.ours);
    const sides: Choice[] = canTakeTheirs(place.kind, steps) ? ['ours', 'theirs'] : ['ours'];
    return {
      ...base,
      ...described,
      state: resolved ? 'resolved' : open ? 'open' : 'stale',
      choices: resolved || open ? sides : ['kept'],
    };
  });
}

/** Changes the app can make as one `document.merge`: within a diagram, a process or a mapping. */
function canTakeTheirs(kind: FileKind, steps: readonly PathStep[]): boolean {
  if (kind === 'diagram') return steps.length > 0;
  if (kind === 'processes' || kind === 'mappings') return keyOf(steps[1]) !== null;
  return false;
}

function changedAndRemoved<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set(after.map((item) => item.id));
  return {
    put: after.filter((item) => old.get(item.id) !== item),
    remove: before.filter((item) => !kept.has(item.id)).map((item) => item.id),
  };
}

/**
 * The one undoable edit that turns `before` into `after`, where `after` differs by whole
 * processes, mappings and diagrams (added, replaced or removed, compared by reference).
 */
export function documentEdit(before: WorkspaceDocument, after: WorkspaceDocument): Invocation {
  const processes = changedAndRemoved(before.processes.processes, after.processes.processes);
  const mappings = changedAndRemoved(before.mappings.mappings, after.mappings.mappings);
  const diagrams = changedAndRemoved(before.diagrams, after.diagrams);
  return {
    name: 'document.merge',
    args: {
      put: { processes: processes.put, mappings: mappings.put, diagrams: diagrams.put },
      remove: {
        processes: processes.remove,
        mappings: mappings.remove,
        diagrams: diagrams.remove,
      },
    },
  };
}

/** `document` with the file a place names replaced by `value`. */
function withFile(document: WorkspaceDocument, file: string, value: unknown): WorkspaceDocument {
  const place = filePlace(file);
  if (place?.kind === 'processes') {
    return { ...document, processes: value as WorkspaceDocument['processes'] };
  }
  if (place?.kind === 'mappings') {
    return { ...document, mappings: value as WorkspaceDocument['mappings'] };
  }
  if (place?.kind === 'diagram') {
    const diagram = value as WorkspaceDocument['diagrams'][number];
    return {
      ...document,
      diagrams: document.diagrams.map((d) => (d.id === place.diagramId ? diagram : d)),
    };
  }
  return document;
}

/**
 * The workspace with each conflict set to the side chosen for it (`kept` and `ours` change
 * nothing: the merged file already holds ours). Conflicts the app cannot apply (a stale one, a
 * side not offered) are left as they are.
 */
export function applyChoices(
  document: WorkspaceDocument,
  records: readonly MergeRecord[],
  picks: ReadonlyArray<{ id: string; choice: Choice }>,
): WorkspaceDocument {
  let next = document;
  for (const { id, choice } of picks) {
    if (choice !== 'theirs') continue;
    const hash = id.lastIndexOf('#');
    const file = id.slice(0, hash);
    const record = records.find((r) => r.file === file);
    const conflict = record?.conflicts[Number(id.slice(hash + 1))];
    const place = filePlace(file);
    const steps = conflict ? parsePath(conflict.path) : null;
    if (!conflict || !place || !steps || !canTakeTheirs(place.kind, steps)) continue;
    const root = fileValue(next, place);
    if (!sameJson(valueAt(place.kind, root, steps), conflict.ours)) continue;
    const changed = withValueAt(place.kind, root, steps, conflict.theirs);
    if (changed !== null) next = withFile(next, file, changed);
  }
  return next;
}

/** The records whose every conflict is resolved: they can go once the workspace is saved. */
export function settledRecords(
  items: readonly RecordConflictItem[],
  records: readonly MergeRecord[],
) {
  return records.filter((record) =>
    items.every((item) => item.file !== record.file || item.state === 'resolved'),
  );
}
