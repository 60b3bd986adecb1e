import type { ProcessId } from '../../model/ids';
import type { Mapping } from '../../model/mapping-schema';
import type { CompanyProcess } from '../../model/process-schema';
import type { QueryText } from './query-plan';

/** A company process ready to suggest for: its id and what ranking reads of it. */
export interface CompanyQuery {
  processId: ProcessId;
  query: QueryText;
}

/**
 * What the ranking reads of each company process: its name and description, its parent's name
 * and its children's names (the tree through `parentId`). A parent id that names no process is
 * ignored rather than an error: the catalogue is read as it is.
 */
export function companyQueries(processes: readonly CompanyProcess[]): CompanyQuery[] {
  const byId = new Map(processes.map((process) => [process.id, process]));
  const children = new Map<ProcessId, string[]>();
  for (const process of processes) {
    if (process.parentId === null || !byId.has(process.parentId)) continue;
    const list = children.get(process.parentId);
    if (list === undefined) children.set(process.parentId, [process.name]);
    else list.push(process.name);
  }
  return processes.map((process) => {
    const query: QueryText = { name: process.name };
    const description = process.description?.trim();
    if (description) query.description = description;
    const parent = process.parentId === null ? undefined : byId.get(process.parentId);
    if (parent !== undefined && parent.id !== process.id) query.parentName = parent.name;
    const below = children.get(process.id);
    if (below !== undefined) query.childNames = below;
    return { processId: process.id, query };
  });
}

/** The company processes no mapping links to a framework process yet, in catalogue order. */
export function unmappedProcesses(
  processes: readonly CompanyProcess[],
  mappings: readonly Mapping[],
): CompanyProcess[] {
  const mapped = new Set<string>(mappings.map((mapping) => mapping.processId));
  return processes.filter((process) => !mapped.has(process.id));
}
