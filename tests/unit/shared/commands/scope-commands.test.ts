import { describe, expect, it } from 'vitest';
import { applyCommand, stackOfInvocation } from '../../../../shared/commands/catalogue';
import { defaultScopeTargets, patchScope } from '../../../../shared/commands/scope-commands';
import { WORKSPACE_STACK } from '../../../../shared/commands/undo-stack';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import type { FrameworkTarget } from '../../../../shared/model/framework-ref';
import type { FrameworkProcessId } from '../../../../shared/model/ids';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { TEST_FRAMEWORK } from '../../../fixtures/model-builders';

const target = (id: string): FrameworkTarget => ({
  ...TEST_FRAMEWORK,
  id: id as FrameworkProcessId,
});

describe('scope commands', () => {
  it('sets status, reason and review on many processes in one undoable step', () => {
    const start = buildDocument();
    const put = patchScope(
      start.scope.entries,
      [target('1.3.3'), target('1.3.4')],
      {
        status: 'in',
        reason: 'Order capture is ours',
      },
      { by: 'ana', at: '2026-11-30T00:00:00Z' },
    );
    const invocation = { name: 'scope.set' as const, args: { put, remove: [] } };
    expect(stackOfInvocation(invocation)).toBe(WORKSPACE_STACK);
    const applied = applyCommand(start, invocation);
    expect(applied.document.scope.entries).toEqual([
      {
        target: target('1.3.3'),
        status: 'in',
        review: 'unreviewed',
        reason: 'Order capture is ours',
        updatedBy: 'ana',
        updatedAt: '2026-11-30T00:00:00Z',
      },
      {
        target: target('1.3.4'),
        status: 'in',
        review: 'unreviewed',
        reason: 'Order capture is ours',
        updatedBy: 'ana',
        updatedAt: '2026-11-30T00:00:00Z',
      },
    ]);
    workspaceDocumentSchema.parse(applied.document);
    const undone = applyCommand(applied.document, applied.inverse);
    expect(undone.document.scope.entries).toEqual([]);
  });

  it('keeps what a patch does not name, and undo restores the old entry exactly', () => {
    const start = buildDocument();
    const first = applyCommand(start, {
      name: 'scope.set',
      args: {
        put: patchScope([], [target('1.3.3')], { status: 'in', reason: 'core', review: 'agreed' }),
        remove: [],
      },
    });
    const second = applyCommand(first.document, {
      name: 'scope.set',
      args: {
        put: patchScope(first.document.scope.entries, [target('1.3.3')], { status: 'out' }),
        remove: [],
      },
    });
    expect(second.document.scope.entries).toEqual([
      { target: target('1.3.3'), status: 'out', review: 'agreed', reason: 'core' },
    ]);
    expect(applyCommand(second.document, second.inverse).document.scope.entries).toEqual(
      first.document.scope.entries,
    );
  });

  it('removes decisions and puts them back on undo', () => {
    const start = applyCommand(buildDocument(), {
      name: 'scope.set',
      args: { put: patchScope([], [target('1.3.3'), target('1.4')], { status: 'in' }), remove: [] },
    }).document;
    const removed = applyCommand(start, {
      name: 'scope.set',
      args: { put: [], remove: [target('1.4')] },
    });
    expect(removed.document.scope.entries.map((e) => e.target.id)).toEqual(['1.3.3']);
    const back = applyCommand(removed.document, removed.inverse).document;
    expect(back.scope.entries.map((e) => e.target.id).sort()).toEqual(['1.3.3', '1.4']);
  });

  it('refuses a process named twice in one step', () => {
    expect(() =>
      applyCommand(buildDocument(), {
        name: 'scope.set',
        args: { put: patchScope([], [target('1.3')], { status: 'in' }), remove: [target('1.3')] },
      }),
    ).toThrow(/1\.3 is named twice/);
  });

  it('puts every L2 of the chosen domains in scope by default, and names a wrong domain', () => {
    const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
    const targets = defaultScopeTargets(catalogue, '25.5', ['1.3', '1.4']);
    expect(targets.length).toBe(
      catalogue.children('1.3').length + catalogue.children('1.4').length,
    );
    expect(targets.every((t) => /^1\.[34]\.\d+$/.test(t.id))).toBe(true);
    expect(() => defaultScopeTargets(catalogue, '25.5', ['1.3.3'])).toThrow(
      /"1\.3\.3" is not a top-level/,
    );
  });
});
