import { targetKey, type FrameworkTarget } from '../model/framework-ref';
import type { MappingId } from '../model/ids';
import type { ScopeEntry } from '../model/scope-schema';
import type { Mapping } from '../model/mapping-schema';
import { CommandError, type CommandSpec } from './types';

/** The arguments of `workspace.upgrade` (merged into CommandArgs). */
export interface UpgradeCommandArgs {
  /**
   * Moves the workspace to another release of its framework in one step: names the new pack,
   * points mappings at their new targets and moves scope decisions from one process to
   * another (planned by shared/mapping/release-upgrade.ts).
   */
  'workspace.upgrade': {
    framework: { pack: string; release: string };
    mappings: Array<{ id: MappingId; target: FrameworkTarget }>;
    scope: Array<{ from: FrameworkTarget; target: FrameworkTarget }>;
  };
}

function fail(message: string): never {
  throw new CommandError('workspace.upgrade', message);
}

export const workspaceUpgrade: CommandSpec<'workspace.upgrade'> = {
  name: 'workspace.upgrade',
  label: 'Upgrade to another release',
  apply(document, { framework, mappings, scope }) {
    if (framework.pack.trim() === '' || framework.release.trim() === '') {
      fail('pack and release must not be empty');
    }
    const retarget = new Map<string, FrameworkTarget>(mappings.map((m) => [m.id, m.target]));
    if (retarget.size !== mappings.length) fail('a mapping is listed twice');
    const mappingsBack: Array<{ id: MappingId; target: FrameworkTarget }> = [];
    const nextMappings = document.mappings.mappings.map((mapping): Mapping => {
      const target = retarget.get(mapping.id);
      if (!target) return mapping;
      retarget.delete(mapping.id);
      mappingsBack.push({ id: mapping.id, target: mapping.target });
      return { ...mapping, target };
    });
    const [missing] = retarget.keys();
    if (missing !== undefined) fail(`no mapping "${missing}"`);

    const moves = new Map<string, FrameworkTarget>(scope.map((s) => [targetKey(s.from), s.target]));
    if (moves.size !== scope.length) fail('a scope decision is listed twice');
    const scopeBack: Array<{ from: FrameworkTarget; target: FrameworkTarget }> = [];
    const nextEntries = document.scope.entries.map((entry): ScopeEntry => {
      const target = moves.get(targetKey(entry.target));
      if (!target) return entry;
      moves.delete(targetKey(entry.target));
      scopeBack.push({ from: target, target: entry.target });
      return { ...entry, target };
    });
    const [unknown] = moves.keys();
    if (unknown !== undefined) fail(`no scope decision for ${unknown.replace('|', ' ')}`);
    const keys = new Set<string>();
    for (const entry of nextEntries) {
      const key = targetKey(entry.target);
      if (keys.has(key)) fail(`two scope decisions would name ${key.replace('|', ' ')}`);
      keys.add(key);
    }

    const before = document.workspace.framework;
    return {
      document: {
        ...document,
        workspace: { ...document.workspace, framework },
        mappings: { ...document.mappings, mappings: nextMappings },
        scope: { ...document.scope, entries: nextEntries },
      },
      inverse: {
        name: 'workspace.upgrade',
        args: {
          framework: { pack: before.pack, release: before.release },
          mappings: mappingsBack,
          scope: scopeBack,
        },
      },
    };
  },
};
