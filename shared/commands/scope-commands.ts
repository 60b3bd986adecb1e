import type { FrameworkCatalogue } from '../etom/catalogue';
import { targetKey, type FrameworkTarget } from '../model/framework-ref';
import type { ScopeEntry, ScopeReview, ScopeStatus } from '../model/scope-schema';
import { noteDerived } from './change-lineage';
import { CommandError, type CommandSpec } from './types';

/**
 * Puts scope decisions (replacing any on the same process) and removes others, as one step on
 * the workspace's undo stack (one decision, or a bulk edit of many). Its inverse is the same command with the entries it replaced
 * and the ones it added to remove, so undo gives back exactly the entries there were.
 */
export const scopeSet: CommandSpec<'scope.set'> = {
  name: 'scope.set',
  label: 'Set scope',
  apply(document, { put, remove }) {
    const keys = new Set<string>();
    for (const target of [...put.map((e) => e.target), ...remove]) {
      const key = targetKey(target);
      if (keys.has(key)) {
        throw new CommandError('scope.set', `${target.pack} ${target.id} is named twice`);
      }
      keys.add(key);
    }
    const before = new Map(document.scope.entries.map((e) => [targetKey(e.target), e] as const));
    const undoPut: ScopeEntry[] = [];
    const undoRemove: FrameworkTarget[] = [];
    for (const entry of put) {
      const old = before.get(targetKey(entry.target));
      if (old === undefined) undoRemove.push(entry.target);
      else undoPut.push(old);
    }
    for (const target of remove) {
      const old = before.get(targetKey(target));
      if (old !== undefined) undoPut.push(old);
    }
    const replaced = new Map(put.map((e) => [targetKey(e.target), e] as const));
    const entries: ScopeEntry[] = [];
    for (const entry of document.scope.entries) {
      const key = targetKey(entry.target);
      const next = replaced.get(key);
      if (next !== undefined) {
        entries.push(next);
        replaced.delete(key);
      } else if (!keys.has(key)) entries.push(entry);
    }
    entries.push(...replaced.values());
    // What left the list: exactly the old entries the inverse puts back.
    noteDerived(entries, document.scope.entries, { removed: undoPut, added: put });
    return {
      document: { ...document, scope: { ...document.scope, entries } },
      inverse: { name: 'scope.set', args: { put: undoPut, remove: undoRemove } },
    };
  },
};

/** What a scope edit changes; fields left out keep their value (or the default for a new entry). */
export interface ScopePatch {
  status?: ScopeStatus;
  /** An empty reason removes the reason. */
  reason?: string;
  review?: ScopeReview;
}

/** Who made an edit and when, stamped on the entries it writes. */
export interface EditStamp {
  by?: string;
  at?: string;
}

/**
 * The entries `scope.set` should put to apply `patch` to each of `targets`: an existing
 * decision keeps what the patch does not name; a new one starts as `tbd`, unreviewed.
 */
export function patchScope(
  entries: readonly ScopeEntry[],
  targets: readonly FrameworkTarget[],
  patch: ScopePatch,
  stamp: EditStamp = {},
): ScopeEntry[] {
  const byKey = new Map(entries.map((e) => [targetKey(e.target), e] as const));
  return targets.map((target) => {
    const old = byKey.get(targetKey(target));
    const next: ScopeEntry = {
      target: old?.target ?? target,
      status: patch.status ?? old?.status ?? 'tbd',
      review: patch.review ?? old?.review ?? 'unreviewed',
    };
    const reason = patch.reason ?? old?.reason;
    if (reason !== undefined && reason !== '') next.reason = reason;
    const by = stamp.by ?? old?.updatedBy;
    const at = stamp.at ?? old?.updatedAt;
    if (by !== undefined) next.updatedBy = by;
    if (at !== undefined) next.updatedAt = at;
    return next;
  });
}

/**
 * The usual starting point of an alignment: every L2 of the chosen L1 domains in scope
 * (their L3s and below follow by inheritance). Ids that are not L1 processes of the
 * catalogue are refused with a message naming them.
 */
export function defaultScopeTargets(
  catalogue: FrameworkCatalogue,
  release: string,
  domainIds: readonly string[],
): FrameworkTarget[] {
  const targets: FrameworkTarget[] = [];
  for (const domainId of domainIds) {
    const domain = catalogue.byId(domainId);
    if (domain === undefined || domain.parentId !== null) {
      throw new Error(`"${domainId}" is not a top-level process of ${catalogue.pack.label}`);
    }
    for (const child of catalogue.children(domainId)) {
      targets.push({ pack: catalogue.pack.id, release, id: child.id });
    }
  }
  return targets;
}
