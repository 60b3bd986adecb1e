import type { DiagramFile } from '../model/diagram-schema';
import type { WorkspaceDocument } from '../model/document';
import type { MappingId, ProcessId } from '../model/ids';
import { newId, uniqueSlug } from '../model/ids';
import type { Mapping } from '../model/mapping-schema';
import type { CompanyProcess } from '../model/process-schema';
import { validateFileValue } from '../model/validate';
import { alignmentsOf, type AlignmentQualifier } from '../model/workspace-schema';
import { HostFailure } from '../ipc/errors';
import { LIMITS } from '../model/limits';
import type { Bundle } from './bundle-schema';

/**
 * What to do with an element of a bundle whose id the workspace already uses for something
 * different: keep both (the bundle's gets a new id, and every reference to it in the bundle
 * follows), replace the workspace's, or skip the bundle's (references then mean the
 * workspace's element of that id).
 */
export type ClashPolicy = 'keep-both' | 'replace' | 'skip';

/** The kinds of element a bundle brings, each with its own ids. */
export type BundleElementKind = 'diagram' | 'process' | 'mapping';

/** One policy for every clash, or a choice per clashing element (by kind and bundle id). */
export type ClashChoice = ClashPolicy | ((kind: BundleElementKind, id: string) => ClashPolicy);

/** What an import does to one kind of element. */
export interface KindOutcome {
  added: string[];
  /** Same id and same content: nothing to do. */
  unchanged: string[];
  replaced: string[];
  skipped: string[];
  /** Kept both: the bundle's element under a new id. */
  renamed: Array<{ from: string; to: string }>;
}

/** The preview of an import: what would change, and the workspace it would give. */
export interface ImportPlan {
  diagrams: KindOutcome;
  processes: KindOutcome;
  mappings: KindOutcome;
  /** Alignment qualifiers the bundle's mappings use that the workspace's scale lacks. */
  alignmentsAdded: AlignmentQualifier[];
  /** Process codes that were taken in the workspace and were given a suffix. */
  codesChanged: Array<{ process: string; from: string; to: string }>;
  /** The bundle's pack when it is not the workspace's (its references are kept as they are). */
  otherPack: string | null;
  /** The workspace after the import, validated; nothing is written until the user confirms. */
  document: WorkspaceDocument;
}

/** Makes an id for an element kept beside the workspace's; injectable for tests. */
export type FreshId = (kind: 'process' | 'mapping', taken: ReadonlySet<string>) => string;

const randomFresh: FreshId = (kind, taken) => {
  for (;;) {
    const id = newId<string>(kind === 'process' ? 'p' : 'm');
    if (!taken.has(id)) return id;
  }
};

const emptyOutcome = (): KindOutcome => ({
  added: [],
  unchanged: [],
  replaced: [],
  skipped: [],
  renamed: [],
});

/** Equal JSON values (the parts of validated files: plain data, keys in any order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Sorts the bundle's elements of one kind into added, unchanged and clashing, applies the
 * policy to the clashes, and returns the elements to write with the renames made.
 */
function classify<T extends { id: string }>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, T>,
  policyOf: (id: string) => ClashPolicy,
  rename: (item: T, taken: Set<string>) => string,
  taken: Set<string>,
): { outcome: KindOutcome; write: T[]; renames: Map<string, string> } {
  const outcome = emptyOutcome();
  const write: T[] = [];
  const renames = new Map<string, string>();
  for (const item of incoming) {
    const current = existing.get(item.id);
    if (!current) {
      outcome.added.push(item.id);
      write.push(item);
    } else if (sameValue(current, item)) {
      outcome.unchanged.push(item.id);
    } else if (policyOf(item.id) === 'skip') {
      outcome.skipped.push(item.id);
    } else if (policyOf(item.id) === 'replace') {
      outcome.replaced.push(item.id);
      write.push(item);
    } else {
      const to = rename(item, taken);
      taken.add(to);
      renames.set(item.id, to);
      outcome.renamed.push({ from: item.id, to });
      write.push({ ...item, id: to });
    }
  }
  return { outcome, write, renames };
}

/**
 * Plans merging `bundle` into `document` with `policy` for id clashes (one for all, or one per
 * clashing element, asked by the bundle's id). Pure: returns the preview and the resulting
 * document, validated with the workspace's own schemas (a result that would not be a valid
 * workspace is refused with the reason), and changes nothing.
 */
export function planBundleImport(
  document: WorkspaceDocument,
  bundle: Bundle,
  policy: ClashChoice,
  freshId: FreshId = randomFresh,
): ImportPlan {
  const policyOf =
    (kind: BundleElementKind) =>
    (id: string): ClashPolicy =>
      typeof policy === 'function' ? policy(kind, id) : policy;
  const processIds = new Set<string>(document.processes.processes.map((p) => p.id));
  const mappingIds = new Set<string>(document.mappings.mappings.map((m) => m.id));
  const diagramIds = new Set<string>(document.diagrams.map((d) => d.id));
  const processes = classify<CompanyProcess>(
    bundle.processes.processes,
    new Map(document.processes.processes.map((p) => [p.id, p])),
    policyOf('process'),
    (_item, taken) => freshId('process', taken),
    new Set([...processIds, ...bundle.processes.processes.map((p) => p.id)]),
  );
  const processTo = (id: ProcessId): ProcessId => (processes.renames.get(id) ?? id) as ProcessId;
  const mappings = classify<Mapping>(
    bundle.mappings.mappings.map((m) => ({ ...m, processId: processTo(m.processId) })),
    new Map(document.mappings.mappings.map((m) => [m.id, m])),
    policyOf('mapping'),
    (_item, taken) => freshId('mapping', taken),
    new Set([...mappingIds, ...bundle.mappings.mappings.map((m) => m.id)]),
  );
  const mappingTo = (id: MappingId): MappingId => (mappings.renames.get(id) ?? id) as MappingId;
  const diagrams = classify<DiagramFile>(
    bundle.diagrams.map((diagram) => retarget(diagram, processTo, mappingTo)),
    new Map(document.diagrams.map((d) => [d.id, d])),
    policyOf('diagram'),
    (item, taken) => uniqueSlug(item.id, taken),
    new Set([...diagramIds, ...bundle.diagrams.map((d) => d.id)]),
  );

  const incomingProcesses = processes.write.map((p) => ({
    ...p,
    parentId: p.parentId === null ? null : processTo(p.parentId),
  }));
  const { list: mergedProcesses, codesChanged } = mergeProcesses(
    document.processes.processes,
    incomingProcesses,
  );
  const alignmentsAdded = bundle.alignments.filter(
    (qualifier) => !alignmentsOf(document.workspace).some((own) => own.id === qualifier.id),
  );
  const workspace =
    alignmentsAdded.length === 0
      ? document.workspace
      : {
          ...document.workspace,
          alignments: [...alignmentsOf(document.workspace), ...alignmentsAdded],
        };
  const result: WorkspaceDocument = {
    ...document,
    workspace,
    processes: { ...document.processes, processes: mergedProcesses },
    mappings: {
      ...document.mappings,
      mappings: replaceById(document.mappings.mappings, mappings.write),
    },
    diagrams: replaceById(document.diagrams, diagrams.write),
  };
  checkResult(result, bundle);
  return {
    diagrams: diagrams.outcome,
    processes: processes.outcome,
    mappings: mappings.outcome,
    alignmentsAdded,
    codesChanged,
    otherPack:
      bundle.framework.pack === document.workspace.framework.pack ? null : bundle.framework.pack,
    document: result,
  };
}

/** A diagram with its company-process and mapping references following their renames. */
function retarget(
  diagram: DiagramFile,
  processTo: (id: ProcessId) => ProcessId,
  mappingTo: (id: MappingId) => MappingId,
): DiagramFile {
  return {
    ...diagram,
    nodes: diagram.nodes.map((node) =>
      node.kind === 'process' ? { ...node, processId: processTo(node.processId) } : node,
    ),
    edges: diagram.edges.map((edge) =>
      edge.mappingId === undefined ? edge : { ...edge, mappingId: mappingTo(edge.mappingId) },
    ),
  };
}

/** `base` with `incoming` replacing the elements of the same id and the rest appended. */
function replaceById<T extends { id: string }>(base: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const out = base.map((item) => byId.get(item.id) ?? item);
  const present = new Set(base.map((item) => item.id));
  for (const item of incoming) if (!present.has(item.id)) out.push(item);
  return out;
}

/**
 * The workspace's processes with the incoming ones merged in: new processes placed after the
 * existing siblings under the same parent (in the bundle's order), and a code another process
 * already has given a numbered suffix (codes are unique in a catalogue).
 */
function mergeProcesses(
  base: readonly CompanyProcess[],
  incoming: readonly CompanyProcess[],
): { list: CompanyProcess[]; codesChanged: ImportPlan['codesChanged'] } {
  const incomingIds = new Set<string>(incoming.map((p) => p.id));
  const kept = base.filter((p) => !incomingIds.has(p.id));
  const codes = new Set(kept.flatMap((p) => (p.code === undefined ? [] : [p.code.toLowerCase()])));
  const nextOrder = new Map<string | null, number>();
  for (const p of kept) {
    nextOrder.set(p.parentId, Math.max(nextOrder.get(p.parentId) ?? 0, p.order + 1));
  }
  const replacedIds = new Set<string>(base.filter((p) => incomingIds.has(p.id)).map((p) => p.id));
  const codesChanged: ImportPlan['codesChanged'] = [];
  const placed = [...incoming]
    .sort((a, b) => a.order - b.order)
    .map((process) => {
      let next = process;
      if (process.code !== undefined) {
        let code = process.code;
        for (let n = 2; codes.has(code.toLowerCase()); n += 1) code = `${process.code}-${n}`;
        codes.add(code.toLowerCase());
        if (code !== process.code) {
          codesChanged.push({ process: process.id, from: process.code, to: code });
          next = { ...next, code };
        }
      }
      // A process that joins siblings from the workspace goes after them; one replacing a
      // process, or placed under another incoming process, keeps its own order.
      const parentIsIncoming = process.parentId !== null && incomingIds.has(process.parentId);
      if (!replacedIds.has(process.id) && !parentIsIncoming) {
        const order = nextOrder.get(process.parentId) ?? 0;
        nextOrder.set(process.parentId, order + 1);
        next = { ...next, order };
      }
      return next;
    });
  const byId = new Map(placed.map((p) => [p.id, p]));
  const list = base.map((p) => byId.get(p.id) ?? p);
  const present = new Set(base.map((p) => p.id));
  for (const p of placed) if (!present.has(p.id)) list.push(p);
  return { list, codesChanged };
}

/** The merged workspace must be as valid as one read from disk: refused with the reason if not. */
function checkResult(result: WorkspaceDocument, bundle: Bundle): void {
  const label = `the workspace after importing "${bundle.name}"`;
  const framework = result.workspace.framework;
  try {
    validateFileValue('workspace', result.workspace, `${label} (workspace.json)`, { framework });
    validateFileValue('processes', result.processes, `${label} (processes.json)`, { framework });
    validateFileValue('mappings', result.mappings, `${label} (mappings.json)`, { framework });
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    throw new HostFailure({ ...error.error, code: 'INVALID_ARGUMENT' });
  }
  const processIds = new Set<string>(result.processes.processes.map((p) => p.id));
  for (const mapping of result.mappings.mappings) {
    if (!processIds.has(mapping.processId)) {
      throw new HostFailure({
        code: 'INVALID_ARGUMENT',
        message: `${label}: mapping "${mapping.id}" would refer to the missing process "${mapping.processId}".`,
      });
    }
  }
  if (result.diagrams.length > LIMITS.maxDiagrams) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `${label}: it would hold ${result.diagrams.length} diagrams; a workspace holds at most ${LIMITS.maxDiagrams}.`,
    });
  }
  if (new Set(result.diagrams.map((d) => d.id)).size !== result.diagrams.length) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: `${label}: two diagrams would share an id.`,
    });
  }
}
