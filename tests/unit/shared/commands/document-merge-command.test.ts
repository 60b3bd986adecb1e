import { describe, expect, it } from 'vitest';
import { planBundleImport } from '../../../../shared/bundle/plan-import';
import { buildBundle } from '../../../../shared/bundle/build-bundle';
import { createHistory, execute, undo } from '../../../../shared/commands/history';
import { WORKSPACE_STACK } from '../../../../shared/commands/undo-stack';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { mergeInvocation } from '../../../../shared/commands/document-merge-command';
import { CommandError } from '../../../../shared/commands/types';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { mappingTo } from '../../../fixtures/model-builders';

/** A source with two diagrams and mappings, and a target that shares some of its ids. */
function documents() {
  const source = buildDocument({ processes: 6, diagrams: 2, nodesPerDiagram: 6, name: 'Source' });
  source.mappings.mappings = [mappingTo('m-a', 'p-1', '1.3.3'), mappingTo('m-b', 'p-2', '1.3.4')];
  const target = buildDocument({ processes: 3, diagrams: 1, nodesPerDiagram: 4, name: 'Target' });
  target.processes.processes = target.processes.processes.map((p) => ({
    ...p,
    name: `${p.name} (ours)`,
  }));
  return { source, target };
}

describe('document.merge: a bundle import as one undo step', () => {
  it('applies a planned import exactly and is undone in one step', () => {
    const { source, target } = documents();
    const bundle = buildBundle(
      source,
      source.diagrams.map((d) => d.id),
    );
    const plan = planBundleImport(target, bundle, (kind, id) =>
      kind === 'process' && id === 'p-0' ? 'replace' : 'keep-both',
    );
    expect(plan.processes.replaced).toEqual(['p-0']);
    expect(plan.processes.renamed.length).toBeGreaterThan(0);
    const history = execute(
      createHistory(target),
      mergeInvocation(target, plan.document),
      'Import',
    );
    expect(history.document).toEqual(plan.document);
    // One step on the workspace's stack, whatever the bundle held.
    expect(history.stacks.get(WORKSPACE_STACK)?.undo.length).toBe(1);
    expect(undo(history, [WORKSPACE_STACK]).document).toEqual(target);
  });

  it('refuses to remove what is not there, and to put and remove one id', () => {
    const { target } = documents();
    const put = { processes: [], mappings: [], diagrams: [] };
    expect(() =>
      applyCommand(target, {
        name: 'document.merge',
        args: { put, remove: { processes: ['p-none'], mappings: [], diagrams: [] } },
      }),
    ).toThrow(CommandError);
    const process = target.processes.processes[0]!;
    expect(() =>
      applyCommand(target, {
        name: 'document.merge',
        args: {
          put: { ...put, processes: [process] },
          remove: { processes: [process.id], mappings: [], diagrams: [] },
        },
      }),
    ).toThrow(/both put and removed/);
  });
});
