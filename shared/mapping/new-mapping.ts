import type { WorkspaceDocument } from '../model/document';
import type { FrameworkTarget } from '../model/framework-ref';
import type { ProcessId } from '../model/ids';
import type { Mapping } from '../model/mapping-schema';
import { alignmentsOf } from '../model/workspace-schema';
import { makeMapping, type Stamp } from './mapping-stamps';

/** The mapping from `processId` to the framework process `target` names, if there is one. */
export function existingMapping(
  document: WorkspaceDocument,
  processId: ProcessId,
  target: { pack: string; id: string },
): Mapping | undefined {
  return document.mappings.mappings.find(
    (m) => m.processId === processId && m.target.pack === target.pack && m.target.id === target.id,
  );
}

/**
 * A new draft mapping made by a gesture (a connection drawn, a drop): the workspace's first
 * alignment qualifier (its default, Full unless the scale was changed), stamped by `stamp`.
 */
export function draftMapping(
  document: WorkspaceDocument,
  processId: ProcessId,
  target: FrameworkTarget,
  stamp: Stamp,
): Mapping {
  const alignment = alignmentsOf(document.workspace)[0]?.id ?? 'full';
  return makeMapping(processId, target, alignment, stamp);
}
