import type { DiagramFile } from '../model/diagram-schema';
import type { WorkspaceDocument } from '../model/document';
import type { Mapping } from '../model/mapping-schema';
import type { CompanyProcess } from '../model/process-schema';
import type { AlignmentQualifier } from '../model/workspace-schema';
import { CommandError, type CommandSpec, type Invocation } from './types';

/** Elements of each kind, by whole value. */
interface MergeParts {
  processes: CompanyProcess[];
  mappings: Mapping[];
  diagrams: DiagramFile[];
}

/** The arguments of `document.merge` (merged into CommandArgs). */
export interface DocumentMergeCommandArgs {
  /**
   * Puts whole processes, mappings and diagrams (replacing those of the same id in place, else
   * appending), removes others by id, and sets the alignment scale (`undefined`: unchanged,
   * `null`: the default scale). A bundle import is one of these; so is its undo.
   */
  'document.merge': {
    put: MergeParts;
    remove: { processes: string[]; mappings: string[]; diagrams: string[] };
    alignments?: AlignmentQualifier[] | null;
  };
}

function fail(message: string): never {
  throw new CommandError('document.merge', message);
}

/** `list` with `remove` taken out and `put` placed; what it had of those ids, and the new ids. */
function mergeList<T extends { id: string }>(
  list: readonly T[],
  put: readonly T[],
  remove: readonly string[],
  kind: string,
): { list: T[]; before: T[]; added: string[] } {
  const byId = new Map(list.map((item) => [item.id, item]));
  const removing = new Set(remove);
  const putting = new Map(put.map((item) => [item.id, item]));
  if (putting.size !== put.length) fail(`a ${kind} is put twice`);
  for (const id of removing) {
    if (!byId.has(id)) fail(`no ${kind} "${id}" to remove`);
    if (putting.has(id)) fail(`the ${kind} "${id}" is both put and removed`);
  }
  const before: T[] = [];
  const next: T[] = [];
  for (const item of list) {
    if (removing.has(item.id)) {
      before.push(item);
      continue;
    }
    const replacement = putting.get(item.id);
    if (replacement !== undefined) before.push(item);
    next.push(replacement ?? item);
  }
  const added = put.filter((item) => !byId.has(item.id)).map((item) => item.id);
  for (const item of put) if (!byId.has(item.id)) next.push(item);
  return { list: next, before, added };
}

export const documentMerge: CommandSpec<'document.merge'> = {
  name: 'document.merge',
  label: 'Import bundle',
  apply(document, { put, remove, alignments }) {
    const processes = mergeList(
      document.processes.processes,
      put.processes,
      remove.processes,
      'process',
    );
    const mappings = mergeList(
      document.mappings.mappings,
      put.mappings,
      remove.mappings,
      'mapping',
    );
    const diagrams = mergeList(document.diagrams, put.diagrams, remove.diagrams, 'diagram');
    const workspace = { ...document.workspace };
    if (alignments === null) delete workspace.alignments;
    else if (alignments !== undefined) workspace.alignments = alignments;
    return {
      document: {
        ...document,
        workspace,
        processes: { ...document.processes, processes: processes.list },
        mappings: { ...document.mappings, mappings: mappings.list },
        diagrams: diagrams.list,
      },
      inverse: {
        name: 'document.merge',
        args: {
          put: {
            processes: processes.before,
            mappings: mappings.before,
            diagrams: diagrams.before,
          },
          remove: {
            processes: processes.added,
            mappings: mappings.added,
            diagrams: diagrams.added,
          },
          ...(alignments === undefined
            ? {}
            : { alignments: document.workspace.alignments ?? null }),
        },
      },
    };
  },
};

/** The elements of `after` that `before` lacks or holds otherwise (compared by reference). */
function changed<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.filter((item) => old.get(item.id) !== item);
}

/**
 * The one `document.merge` that turns `before` into `after` where `after` only adds or replaces
 * elements (a planned bundle import): one undo step for the whole import.
 */
export function mergeInvocation(before: WorkspaceDocument, after: WorkspaceDocument): Invocation {
  const sameScale = before.workspace.alignments === after.workspace.alignments;
  return {
    name: 'document.merge',
    args: {
      put: {
        processes: changed(before.processes.processes, after.processes.processes),
        mappings: changed(before.mappings.mappings, after.mappings.mappings),
        diagrams: changed(before.diagrams, after.diagrams),
      },
      remove: { processes: [], mappings: [], diagrams: [] },
      ...(sameScale ? {} : { alignments: after.workspace.alignments ?? null }),
    },
  };
}
