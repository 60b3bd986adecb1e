import { patchScope, type ScopePatch } from '../../shared/commands/scope-commands';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkTarget } from '../../shared/model/framework-ref';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { stampNow } from '../../shared/mapping/mapping-stamps';
import { runCommand } from '../state/edit-actions';
import { useStudio } from '../state/studio-store';
import { useAuthor } from '../mappings/author';

/** The reference scope.json keeps for a process of the catalogue (its pack and release). */
export function scopeTarget(catalogue: FrameworkCatalogue, id: string): FrameworkTarget {
  return {
    pack: catalogue.pack.id,
    release: catalogue.pack.release,
    id: id as FrameworkProcessId,
  };
}

function label(count: number, what: string): string {
  return count === 1 ? what : `${what} of ${count} processes`;
}

/**
 * Applies `patch` to the scope decisions of `targets` (a new decision starts as to be
 * decided, unreviewed), stamped with your name and the time: one step on the workspace's undo
 * stack however many processes it names. False when nothing ran (no workspace, read-only).
 */
export function setScope(targets: readonly FrameworkTarget[], patch: ScopePatch): boolean {
  const document = useStudio.getState().history?.document;
  if (document === undefined || targets.length === 0) return false;
  const stamp = stampNow(useAuthor.getState().name);
  const put = patchScope(document.scope.entries, targets, patch, stamp);
  return runCommand(
    { name: 'scope.set', args: { put, remove: [] } },
    label(targets.length, 'Set scope'),
  );
}

/** Removes the scope decisions of `targets` (they inherit again), as one undo step. */
export function clearScope(targets: readonly FrameworkTarget[]): boolean {
  const document = useStudio.getState().history?.document;
  if (document === undefined || targets.length === 0) return false;
  const held = new Set(document.scope.entries.map((e) => `${e.target.pack}|${e.target.id}`));
  const remove = targets.filter((t) => held.has(`${t.pack}|${t.id}`));
  if (remove.length === 0) return false;
  return runCommand(
    { name: 'scope.set', args: { put: [], remove } },
    label(remove.length, 'Clear scope'),
  );
}
