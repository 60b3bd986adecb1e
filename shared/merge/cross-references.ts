import type { CatalogueLookup } from '../etom/pack-references';
import { diagramFilePath, WORKSPACE_FILES, type WorkspaceDocument } from '../model/document';
import type { CompanyProcess } from '../model/process-schema';
import type { MergeRecord } from './conflict-record-schema';
import type { ConflictMarks } from './conflict-resolution';
import { parsePath } from './conflict-place';

/** What can be done about a reference to something that is gone. */
export type ReferenceFix = 'restore-process' | 'delete-mapping' | 'delete-node' | 'kept';

/** A reference from one file to an element that is not there (a merge deleted it on one side). */
export interface DanglingReference {
  id: string;
  file: string;
  /** The element that points, in words. */
  element: string;
  message: string;
  fixes: ReferenceFix[];
  /** The company process to put back, when a conflict record still has it. */
  restore: CompanyProcess | null;
  marks: ConflictMarks;
}

/** The last version of a deleted company process that a processes.json record holds. */
function recordedProcess(records: readonly MergeRecord[], id: string): CompanyProcess | null {
  const record = records.find((r) => r.file === WORKSPACE_FILES.processes);
  for (const conflict of record?.conflicts ?? []) {
    const steps = parsePath(conflict.path);
    const key = steps?.[1];
    if (steps?.length !== 2 || steps[0] !== 'processes' || typeof key !== 'object') continue;
    if (key.key !== id) continue;
    const whole = [conflict.theirs, conflict.ours, conflict.base].find(
      (value) => typeof value === 'object' && value !== null,
    );
    if (whole !== undefined) return whole as CompanyProcess;
  }
  return null;
}

/**
 * The references between files that point at nothing: mappings to a company process that is
 * not in processes.json or to a framework process its pack lacks, and diagram `process` nodes
 * whose process is gone. Git merges file by file, so one side deleting a process while the
 * other maps or draws it merges "cleanly" into this; the app lists it instead of hiding it.
 */
export function danglingReferences(
  document: WorkspaceDocument,
  lookup: CatalogueLookup,
  records: readonly MergeRecord[],
): DanglingReference[] {
  const processes = new Set(document.processes.processes.map((p) => p.id));
  const found: DanglingReference[] = [];
  for (const mapping of document.mappings.mappings) {
    const processGone = !processes.has(mapping.processId);
    const catalogue = lookup(mapping.target.pack);
    const targetGone = catalogue !== undefined && catalogue.byId(mapping.target.id) === undefined;
    // Most mappings point at what is there: nothing is made for them.
    if (!processGone && !targetGone) continue;
    const where = `Mapping ${mapping.id}`;
    const marks = { nodes: [], mappings: [mapping.id] };
    if (processGone) {
      const restore = recordedProcess(records, mapping.processId);
      found.push({
        id: `ref:mapping:${mapping.id}:process`,
        file: WORKSPACE_FILES.mappings,
        element: `${where} (to ${mapping.target.id})`,
        message: `maps company process "${mapping.processId}", which is not in processes.json.`,
        fixes: [...(restore ? (['restore-process'] as const) : []), 'delete-mapping', 'kept'],
        restore,
        marks,
      });
    }
    if (targetGone) {
      found.push({
        id: `ref:mapping:${mapping.id}:target`,
        file: WORKSPACE_FILES.mappings,
        element: where,
        message: `maps framework process "${mapping.target.id}", which pack "${mapping.target.pack}" does not have.`,
        fixes: ['delete-mapping', 'kept'],
        restore: null,
        marks,
      });
    }
  }
  for (const diagram of document.diagrams) {
    for (const node of diagram.nodes) {
      if (node.kind !== 'process' || processes.has(node.processId)) continue;
      const restore = recordedProcess(records, node.processId);
      found.push({
        id: `ref:node:${diagram.id}:${node.id}`,
        file: diagramFilePath(diagram.id),
        element: `Node ${node.id} on "${diagram.name}"`,
        message: `shows company process "${node.processId}", which is not in processes.json (drawn as missing).`,
        fixes: [...(restore ? (['restore-process'] as const) : []), 'delete-node', 'kept'],
        restore,
        marks: { nodes: [{ diagramId: diagram.id, nodeId: node.id }], mappings: [] },
      });
    }
  }
  return found;
}

/** The workspace with one fix applied (`kept` changes nothing). */
export function applyReferenceFix(
  document: WorkspaceDocument,
  reference: DanglingReference,
  fix: ReferenceFix,
): WorkspaceDocument {
  if (fix === 'restore-process' && reference.restore) {
    const restored = reference.restore;
    if (document.processes.processes.some((p) => p.id === restored.id)) return document;
    return {
      ...document,
      processes: { ...document.processes, processes: [...document.processes.processes, restored] },
    };
  }
  if (fix === 'delete-mapping') {
    const ids = new Set(reference.marks.mappings);
    return {
      ...document,
      mappings: {
        ...document.mappings,
        mappings: document.mappings.mappings.filter((m) => !ids.has(m.id)),
      },
    };
  }
  if (fix === 'delete-node') {
    const [mark] = reference.marks.nodes;
    if (!mark) return document;
    return {
      ...document,
      diagrams: document.diagrams.map((diagram) =>
        diagram.id !== mark.diagramId
          ? diagram
          : {
              ...diagram,
              nodes: diagram.nodes.filter((n) => n.id !== mark.nodeId),
              edges: diagram.edges.filter(
                (e) => e.source !== mark.nodeId && e.target !== mark.nodeId,
              ),
            },
      ),
    };
  }
  return document;
}
