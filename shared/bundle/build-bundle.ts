import type { WorkspaceDocument } from '../model/document';
import type { CompanyProcess } from '../model/process-schema';
import { alignmentsOf } from '../model/workspace-schema';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, type Bundle } from './bundle-schema';

/** A framework process a bundle refers to, by pack and id. */
export interface BundleFrameworkRef {
  pack: string;
  id: string;
}

/**
 * The bundle of the diagrams `diagramIds` of `document`: those diagrams, the company processes
 * their nodes show with every ancestor (so the hierarchy stays whole), the mappings of those
 * processes, and the alignment qualifiers the mappings use. Sets are sorted by id, as files are.
 * Throws when an id names no diagram of the document.
 */
export function buildBundle(
  document: WorkspaceDocument,
  diagramIds: readonly string[],
  exportedAt?: string,
): Bundle {
  const byId = new Map(document.diagrams.map((diagram) => [diagram.id as string, diagram]));
  const diagrams = diagramIds.map((id) => {
    const diagram = byId.get(id);
    if (!diagram) throw new Error(`No diagram "${id}" in this workspace.`);
    return diagram;
  });
  const processById = new Map(
    document.processes.processes.map((process) => [process.id as string, process]),
  );
  const wanted = new Set<string>();
  const addWithAncestors = (id: string): void => {
    let current: CompanyProcess | undefined = processById.get(id);
    while (current && !wanted.has(current.id)) {
      wanted.add(current.id);
      current = current.parentId === null ? undefined : processById.get(current.parentId);
    }
  };
  for (const diagram of diagrams) {
    for (const node of diagram.nodes) if (node.kind === 'process') addWithAncestors(node.processId);
  }
  const processes = document.processes.processes.filter((process) => wanted.has(process.id));
  const mappings = document.mappings.mappings.filter((mapping) => wanted.has(mapping.processId));
  const used = new Set(mappings.map((mapping) => mapping.alignment));
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    name: document.workspace.name,
    framework: { ...document.workspace.framework },
    alignments: alignmentsOf(document.workspace).filter((qualifier) => used.has(qualifier.id)),
    ...(exportedAt ? { exportedAt } : {}),
    processes: { ...document.processes, processes: byIdOrder(processes) },
    mappings: { ...document.mappings, mappings: byIdOrder(mappings) },
    diagrams: byIdOrder(diagrams),
  };
}

/** Every framework process a bundle refers to (nodes and mapping targets), sorted, once each. */
export function frameworkRefsOf(bundle: Bundle): BundleFrameworkRef[] {
  const refs = new Map<string, BundleFrameworkRef>();
  const add = (pack: string, id: string): void => void refs.set(`${pack}|${id}`, { pack, id });
  for (const diagram of bundle.diagrams) {
    for (const node of diagram.nodes) if (node.kind === 'framework') add(node.pack, node.processId);
  }
  for (const mapping of bundle.mappings.mappings) add(mapping.target.pack, mapping.target.id);
  return [...refs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, ref]) => ref);
}

function byIdOrder<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
