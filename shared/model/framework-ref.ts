import { z } from 'zod';
import type { FrameworkProcessId, PackId } from './ids';

/**
 * One framework process as mappings and scope refer to it: the pack, the release of the
 * framework it belongs to, its id in that release, and TM Forum's UID where the pack has one
 * (ids are renumbered between releases; the UID stays, so an upgrade carries references over).
 * GB921 and the classic scheme reuse ids with different meanings: a reference is never a bare id.
 */
export const frameworkTargetSchema = z.strictObject({
  pack: z.string().min(1).max(100) as unknown as z.ZodType<PackId>,
  release: z.string().min(1).max(50),
  id: z.string().min(1).max(100) as unknown as z.ZodType<FrameworkProcessId>,
  uid: z.string().min(1).max(100).optional(),
});
export type FrameworkTarget = z.infer<typeof frameworkTargetSchema>;

/** The one string that identifies a target within a workspace: `pack|id`. */
export function targetKey(target: { pack: string; id: string }): string {
  return `${target.pack}|${target.id}`;
}

/**
 * A framework process as the editor passes it around (selection, details, "used in", drags,
 * search hits, the pack switch): the pack and the id in that pack, never a bare id.
 */
export interface FrameworkRef {
  pack: string;
  id: FrameworkProcessId;
}

/** True when `a` and `b` name the same process of the same pack. */
export function sameFrameworkRef(
  a: FrameworkRef | null | undefined,
  b: FrameworkRef | null | undefined,
): boolean {
  return a != null && b != null && a.pack === b.pack && a.id === b.id;
}
