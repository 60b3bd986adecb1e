import type { FrameworkRef, FrameworkTarget } from '../../shared/model/framework-ref';
import type { ProcessId } from '../../shared/model/ids';
import { draftMapping, existingMapping } from '../../shared/mapping/new-mapping';
import { isEditingBlocked, runCommand } from '../state/edit-actions';
import { frameworkTargetOf } from '../../shared/mapping/framework-target';
import { stampNow, type Stamp } from '../../shared/mapping/mapping-stamps';
import type { Mapping } from '../../shared/model/mapping-schema';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { catalogueFor } from '../framework/pack-store';
import { useStudio } from '../state/studio-store';
import { useAuthor } from './author';

/**
 * The reference a mapping made by a gesture keeps to a framework process: from the pack's
 * catalogue (with the release and UID) when it is loaded; else, for the workspace's own pack,
 * its release from workspace.json; else null (no mapping can be made to it now).
 */
export function gestureTarget(pack: string, id: string): FrameworkTarget | null {
  const catalogue = catalogueFor(pack);
  if (catalogue?.has(id)) return frameworkTargetOf(catalogue, id);
  const framework = useStudio.getState().history?.document.workspace.framework;
  if (catalogue === undefined && framework?.pack === pack) {
    return { pack, release: framework.release, id } as FrameworkTarget;
  }
  return null;
}

/** Who makes a mapping now, and when. */
export function gestureStamp(): Stamp {
  return stampNow(useAuthor.getState().name);
}

/** The status bar's word on a mapping made (or found) by a gesture. */
export function mappedNotice(mapping: Mapping, created: boolean): string {
  const document = useStudio.getState().history?.document;
  const process = document?.processes.processes.find((p) => p.id === mapping.processId);
  const name = process ? (process.code ? `${process.code} ${process.name}` : process.name) : '';
  const alignment = document
    ? alignmentsOf(document.workspace).find((q) => q.id === mapping.alignment)?.label
    : undefined;
  return created
    ? `Mapped ${name} to ${mapping.target.id} (draft, ${alignment ?? mapping.alignment}); Ctrl+Z undoes it`
    : `${name} is already mapped to ${mapping.target.id}`;
}

/**
 * Maps company process `processId` to framework process `ref` (a company process dropped on
 * the library or the map): a draft with the default alignment, one step on the workspace's
 * undo stack, said in the status bar. A pair mapped already is only reported.
 */
export function mapByDrop(processId: ProcessId, ref: FrameworkRef): boolean {
  const document = useStudio.getState().history?.document;
  if (!document || isEditingBlocked()) return false;
  const found = existingMapping(document, processId, ref);
  if (found) {
    useStudio.setState({ notice: mappedNotice(found, false) });
    return false;
  }
  const target = gestureTarget(ref.pack, ref.id);
  if (!target) {
    useStudio.setState({
      error: {
        code: 'INVALID_ARGUMENT',
        message: `Not mapped: no process ${ref.id} in "${ref.pack}"`,
      },
    });
    return false;
  }
  const mapping = draftMapping(document, processId, target, gestureStamp());
  if (!runCommand({ name: 'mapping.add', args: { mappings: [mapping] } }, 'Map by drop'))
    return false;
  useStudio.setState({ notice: mappedNotice(mapping, true) });
  return true;
}
