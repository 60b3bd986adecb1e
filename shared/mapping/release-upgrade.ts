import type { FrameworkCatalogue } from '../etom/catalogue';
import type { FrameworkProcess } from '../etom/pack-model';
import type { WorkspaceDocument } from '../model/document';
import { targetKey, type FrameworkTarget } from '../model/framework-ref';
import type { MappingId } from '../model/ids';
import type { Invocation } from '../commands/types';
import { frameworkTargetOf } from './framework-target';

/** What happened to one referenced process between the two releases. */
export type UpgradeOutcome = 'unchanged' | 'review' | 'problem';

/** One mapping or scope decision and where the upgrade takes it. */
export interface UpgradeItem {
  /** A mapping (by id) or a scope decision (by its process). */
  ref: { kind: 'mapping'; id: MappingId } | { kind: 'scope' };
  from: FrameworkTarget;
  fromName: string | null;
  /** Where it points after the upgrade; null when it stays as it was (a problem). */
  to: FrameworkTarget | null;
  toName: string | null;
  outcome: UpgradeOutcome;
  /** Why it needs review or is a problem: renumbered, renamed, deleted, matched by id only. */
  notes: string[];
}

/** Everything an upgrade would do, for the preview, and the one command that does it. */
export interface UpgradePlan {
  from: { pack: string; release: string };
  to: { pack: string; release: string };
  items: UpgradeItem[];
  counts: Record<UpgradeOutcome, number>;
  /** `workspace.upgrade`: one undoable step on the workspace's stack. */
  invocation: Invocation;
}

/** The process of `to` that `target` (a reference into `from`) becomes, and how it was found. */
function successor(
  target: FrameworkTarget,
  from: FrameworkCatalogue,
  to: FrameworkCatalogue,
  toByUid: ReadonlyMap<string, FrameworkProcess>,
): { process: FrameworkProcess | undefined; by: 'uid' | 'id' } {
  const uid = target.uid ?? from.byId(target.id)?.uid;
  if (uid !== undefined) return { process: toByUid.get(uid), by: 'uid' };
  // No UID (a pack without them, or a process TM Forum gave none): the same id, reviewed.
  return { process: to.byId(target.id), by: 'id' };
}

function describe(
  target: FrameworkTarget,
  from: FrameworkCatalogue,
  to: FrameworkCatalogue,
  toByUid: ReadonlyMap<string, FrameworkProcess>,
): Omit<UpgradeItem, 'ref'> {
  const fromName = from.byId(target.id)?.name ?? null;
  const { process, by } = successor(target, from, to, toByUid);
  if (!process) {
    return {
      from: target,
      fromName,
      to: null,
      toName: null,
      outcome: 'problem',
      notes: [
        by === 'uid'
          ? `deleted in ${to.pack.release} (no process with UID ${target.uid ?? from.byId(target.id)?.uid ?? ''})`
          : `no UID, and no process ${target.id} in ${to.pack.release}`,
      ],
    };
  }
  const notes: string[] = [];
  if (process.id !== target.id) notes.push(`renumbered ${target.id} → ${process.id}`);
  if (fromName !== null && process.name !== fromName) {
    notes.push(`renamed "${fromName}" → "${process.name}"`);
  }
  if (by === 'id') notes.push('no UID: matched by id');
  return {
    from: target,
    fromName,
    to: frameworkTargetOf(to, process.id),
    toName: process.name,
    outcome: notes.length === 0 ? 'unchanged' : 'review',
    notes,
  };
}

/**
 * Plans the upgrade of a workspace from release `from` of the framework to the newer pack `to`:
 * every mapping and scope decision that refers to `from`'s pack is carried over by TM Forum's
 * UID (the id where a process has none). Renumbered and renamed processes are listed for
 * review; processes the new release deleted are problems and their references are left as
 * they are (still naming the old pack), never dropped. Two scope decisions that would land on
 * one process keep the first; the second stays behind as a problem. References to other packs
 * are not touched. Pure: the returned invocation does the whole upgrade as one step.
 */
export function planReleaseUpgrade(
  document: WorkspaceDocument,
  from: FrameworkCatalogue,
  to: FrameworkCatalogue,
): UpgradePlan {
  const toByUid = new Map<string, FrameworkProcess>();
  for (const process of to.processes)
    if (process.uid !== undefined) toByUid.set(process.uid, process);
  const pack = from.pack.id;
  const items: UpgradeItem[] = [];
  const mappings: Array<{ id: MappingId; target: FrameworkTarget }> = [];
  for (const mapping of document.mappings.mappings) {
    if (mapping.target.pack !== pack) continue;
    const item: UpgradeItem = {
      ref: { kind: 'mapping', id: mapping.id },
      ...describe(mapping.target, from, to, toByUid),
    };
    items.push(item);
    if (item.to) mappings.push({ id: mapping.id, target: item.to });
  }
  const scope: Array<{ from: FrameworkTarget; target: FrameworkTarget }> = [];
  // Decisions already made on the new pack's processes, and those carried there so far.
  const landed = new Set(
    document.scope.entries
      .filter((e) => e.target.pack === to.pack.id)
      .map((e) => targetKey(e.target)),
  );
  for (const entry of document.scope.entries) {
    if (entry.target.pack !== pack) continue;
    const item: UpgradeItem = {
      ref: { kind: 'scope' },
      ...describe(entry.target, from, to, toByUid),
    };
    if (item.to && landed.has(targetKey(item.to))) {
      item.notes.push(`${item.to.id} has a scope decision already: this one is left behind`);
      item.outcome = 'problem';
      item.to = null;
      item.toName = null;
    }
    items.push(item);
    if (item.to) {
      landed.add(targetKey(item.to));
      scope.push({ from: entry.target, target: item.to });
    }
  }
  const counts: Record<UpgradeOutcome, number> = { unchanged: 0, review: 0, problem: 0 };
  for (const item of items) counts[item.outcome] += 1;
  const target = { pack: to.pack.id, release: to.pack.release };
  return {
    from: { pack, release: from.pack.release },
    to: target,
    items,
    counts,
    invocation: { name: 'workspace.upgrade', args: { framework: target, mappings, scope } },
  };
}

/**
 * Orders framework releases (`25.5` before `26.0`, `9` before `14`): numerically segment by
 * segment, a segment that is not a number compared as text.
 */
export function compareReleases(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i] ?? '0';
    const y = right[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const order = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}
