import { HostFailure } from '../ipc/errors';
import { fileText } from '../model/file-text';
import { targetKey } from '../model/framework-ref';
import type { FileKind, FileTypes } from '../model/validate';
import { validateFileText, validateFileValue } from '../model/validate';
import type { MergeConflict } from './merge-conflict';
import { mergeValue, type SetKeys } from './merge-value';
import { clearRepeatedCodes, dropDanglingEdges, repairParents } from './repair-references';

const byId = (element: unknown): string => String((element as { id?: unknown }).id);

/** The arrays of each kind of file that are sets, and what keys their elements. */
const SETS: { [K in FileKind]: SetKeys } = {
  workspace: new Map(),
  processes: new Map([['processes', byId]]),
  mappings: new Map([['mappings', byId]]),
  scope: new Map([
    ['entries', (entry: unknown) => targetKey((entry as FileTypes['scope']['entries'][0]).target)],
  ]),
  diagram: new Map([
    ['nodes', byId],
    ['edges', byId],
  ]),
};

/** How the arrays of a kind of file that are sets key their elements (by their parent's path). */
export function setKeysOf(kind: FileKind): SetKeys {
  return SETS[kind];
}

/** Keeps references inside the merged file whole; cross-file ones are checked on open. */
const REPAIRS: { [K in FileKind]?: (value: FileTypes[K]) => MergeConflict[] } = {
  processes: (file) => [
    ...repairParents(file.processes, {
      field: 'processes',
      parentOf: (process) => process.parentId,
      canContain: () => true,
      clear: (process) => {
        process.parentId = null;
      },
    }),
    ...clearRepeatedCodes(file.processes),
  ],
  diagram: (file) => {
    const conflicts = repairParents(file.nodes, {
      field: 'nodes',
      parentOf: (node) => node.parentId,
      canContain: (node) => node.kind === 'group',
      clear: (node) => {
        delete node.parentId;
      },
    });
    const dropped = dropDanglingEdges(file.edges, new Set(file.nodes.map((node) => node.id)));
    file.edges = dropped.edges;
    return [...conflicts, ...dropped.conflicts];
  },
};

/** Which kind of workspace file `path` (as git names it, `/`-separated) is, or null. */
export function fileKindOf(path: string): FileKind | null {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  const folder = parts[parts.length - 2];
  if (folder === 'diagrams' && name.endsWith('.json')) return 'diagram';
  const kinds: Record<string, FileKind> = {
    'workspace.json': 'workspace',
    'processes.json': 'processes',
    'mappings.json': 'mappings',
    'scope.json': 'scope',
  };
  return kinds[name] ?? null;
}

export interface FileMerge {
  /** The merged file, valid for its kind and written as the app writes it. */
  text: string;
  conflicts: MergeConflict[];
}

function read<K extends FileKind>(kind: K, text: string, file: string): FileTypes[K] {
  const checked = validateFileText(kind, text, file);
  if (checked.newer) {
    throw new HostFailure({
      code: 'NEWER_VERSION',
      message: `${file} was written by a newer version of eTOM Studio; merge it with that version.`,
      file,
    });
  }
  return checked.value;
}

/**
 * Merges three versions of one workspace file (base may be empty: added on both sides) per
 * element and per field. Every side is read through the app's own loader (so older schema
 * versions are migrated first), and the result is checked by it too: the merged text always
 * opens. Throws a HostFailure naming the side when one cannot be read.
 */
export function mergeFile(
  kind: FileKind,
  texts: { base: string; ours: string; theirs: string },
  file: string,
): FileMerge {
  const base = texts.base.trim() === '' ? undefined : read(kind, texts.base, `${file} (base)`);
  const ours = read(kind, texts.ours, `${file} (ours)`);
  const theirs = read(kind, texts.theirs, `${file} (theirs)`);
  const merged = mergeValue(base, ours, theirs, SETS[kind]);
  const value = merged.value as FileTypes[typeof kind];
  const repair = REPAIRS[kind] as ((value: FileTypes[FileKind]) => MergeConflict[]) | undefined;
  const conflicts = [...merged.conflicts, ...(repair ? repair(value) : [])];
  const checked = validateFileValue(kind, value, `${file} (merged)`).value;
  return { text: fileText(kind, checked), conflicts };
}
