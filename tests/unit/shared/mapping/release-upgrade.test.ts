import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import {
  createHistory,
  execute,
  redo,
  undo,
  WORKSPACE_STACK,
} from '../../../../shared/commands/history';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import type { FrameworkPack, FrameworkProcess } from '../../../../shared/etom/pack-model';
import { compareReleases, planReleaseUpgrade } from '../../../../shared/mapping/release-upgrade';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../../shared/model/document';
import type { FrameworkProcessId, PackId } from '../../../../shared/model/ids';
import type { ScopeEntry } from '../../../../shared/model/scope-schema';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

function process(id: string, name: string, uid?: string): FrameworkProcess {
  const parent = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null;
  return {
    id: id as FrameworkProcessId,
    level: id.split('.').length,
    name,
    parentId: parent as FrameworkProcessId | null,
    domain: 'Customer',
    verticalGroups: [],
    ...(uid === undefined ? {} : { uid }),
  };
}

function pack(id: string, release: string, processes: FrameworkProcess[]): FrameworkPack {
  return {
    id: id as PackId,
    label: id,
    release,
    attribution: '',
    reconstructed: false,
    source: 'user',
    processes,
  };
}

// 25.5: 1.1 (uid 10) unchanged, 1.2 (uid 20) renumbered, 1.3 (uid 30) renamed, 1.4 (uid 40)
// deleted, 1.5 (no uid) kept by id, 1.6 (no uid) gone.
const OLD = createCatalogue(
  pack('gb921-v25.5', '25.5', [
    process('1', 'Customer', '1'),
    process('1.1', 'Order Handling', '10'),
    process('1.2', 'Problem Handling', '20'),
    process('1.3', 'Bill Inquiry', '30'),
    process('1.4', 'Retention', '40'),
    process('1.5', 'Interaction'),
    process('1.6', 'Gone Without Uid'),
  ]),
);
const NEW = createCatalogue(
  pack('gb921-v26.0', '26.0', [
    process('1', 'Customer', '1'),
    process('1.1', 'Order Handling', '10'),
    process('1.7', 'Problem Handling', '20'),
    process('1.3', 'Bill Inquiry Handling', '30'),
    process('1.5', 'Interaction'),
  ]),
);

const target = (id: string, extra: { uid?: string } = {}) => ({
  pack: 'gb921-v25.5' as PackId,
  release: '25.5',
  id: id as FrameworkProcessId,
  ...extra,
});

function scopeOn(id: string): ScopeEntry {
  return { target: target(id), status: 'in', review: 'agreed' };
}

function workspace(): WorkspaceDocument {
  const document = buildDocument({ processes: 0, diagrams: 0 });
  const mappings = [
    mappingTo('m-same', 'p-1', '1.1', 'full', { target: target('1.1', { uid: '10' }) }),
    mappingTo('m-renum', 'p-2', '1.2', 'partial'),
    mappingTo('m-renamed', 'p-1', '1.3'),
    mappingTo('m-deleted', 'p-2', '1.4'),
    mappingTo('m-by-id', 'p-1', '1.5'),
    mappingTo('m-classic', 'p-1', '1.1', 'full', {
      target: { pack: 'classic-r14' as PackId, release: '14', id: '1.1' as FrameworkProcessId },
    }),
  ];
  return {
    ...document,
    processes: {
      ...document.processes,
      processes: [
        companyProcess('p-1', 'Take orders'),
        companyProcess('p-2', 'Fix faults', null, { order: 1 }),
      ],
    },
    mappings: { ...document.mappings, mappings },
    scope: { ...document.scope, entries: [scopeOn('1.2'), scopeOn('1.4'), scopeOn('1.6')] },
  };
}

describe('planReleaseUpgrade', () => {
  const plan = planReleaseUpgrade(workspace(), OLD, NEW);
  const mapping = (id: string) =>
    plan.items.find((i) => i.ref.kind === 'mapping' && i.ref.id === id);
  const scope = (id: string) => plan.items.find((i) => i.ref.kind === 'scope' && i.from.id === id);

  it('carries an unchanged process over to the new pack and release, with its UID', () => {
    expect(mapping('m-same')).toMatchObject({
      outcome: 'unchanged',
      to: { pack: 'gb921-v26.0', release: '26.0', id: '1.1', uid: '10' },
      notes: [],
    });
  });

  it('follows a renumbered process by UID and lists it for review', () => {
    expect(mapping('m-renum')).toMatchObject({
      outcome: 'review',
      to: { id: '1.7', uid: '20' },
      notes: ['renumbered 1.2 → 1.7'],
    });
    expect(scope('1.2')).toMatchObject({ outcome: 'review', to: { id: '1.7' } });
  });

  it('lists a renamed process for review, with both names', () => {
    expect(mapping('m-renamed')).toMatchObject({
      outcome: 'review',
      fromName: 'Bill Inquiry',
      toName: 'Bill Inquiry Handling',
      notes: ['renamed "Bill Inquiry" → "Bill Inquiry Handling"'],
    });
  });

  it('makes a deleted process a problem and leaves its references as they were', () => {
    expect(mapping('m-deleted')).toMatchObject({ outcome: 'problem', to: null });
    expect(mapping('m-deleted')?.notes[0]).toContain('deleted in 26.0');
    expect(scope('1.4')).toMatchObject({ outcome: 'problem', to: null });
    expect(scope('1.6')?.notes[0]).toContain('no UID, and no process 1.6');
  });

  it('matches a process without a UID by id, for review', () => {
    expect(mapping('m-by-id')).toMatchObject({
      outcome: 'review',
      to: { id: '1.5' },
      notes: ['no UID: matched by id'],
    });
  });

  it('leaves references to other packs alone and counts the outcomes', () => {
    expect(mapping('m-classic')).toBeUndefined();
    expect(plan.counts).toEqual({ unchanged: 1, review: 4, problem: 3 });
  });

  it('upgrades as one undoable step on the workspace stack', () => {
    const start = createHistory(workspace());
    const done = execute(start, plan.invocation, 'Upgrade to release 26.0');
    const document = done.document;
    expect(workspaceDocumentSchema.safeParse(document).success).toBe(true);
    expect(document.workspace.framework).toEqual({ pack: 'gb921-v26.0', release: '26.0' });
    const byId = new Map(document.mappings.mappings.map((m) => [m.id, m.target]));
    expect(byId.get('m-renum' as never)).toMatchObject({ pack: 'gb921-v26.0', id: '1.7' });
    expect(byId.get('m-deleted' as never)).toEqual(target('1.4'));
    expect(byId.get('m-classic' as never)?.pack).toBe('classic-r14');
    expect(document.scope.entries.map((e) => `${e.target.pack} ${e.target.id}`)).toEqual([
      'gb921-v26.0 1.7',
      'gb921-v25.5 1.4',
      'gb921-v25.5 1.6',
    ]);
    const undone = undo(done, [WORKSPACE_STACK]);
    expect(undone.document).toEqual(start.document);
    expect(redo(undone, [WORKSPACE_STACK]).document).toEqual(document);
  });

  it('leaves behind a scope decision that would land on a process decided already', () => {
    const base = workspace();
    const document = {
      ...base,
      scope: {
        ...base.scope,
        entries: [
          ...base.scope.entries,
          {
            target: {
              pack: 'gb921-v26.0' as PackId,
              release: '26.0',
              id: '1.7' as FrameworkProcessId,
            },
            status: 'out' as const,
            review: 'agreed' as const,
          },
        ],
      },
    };
    const clash = planReleaseUpgrade(document, OLD, NEW);
    const item = clash.items.find((i) => i.ref.kind === 'scope' && i.from.id === '1.2');
    expect(item).toMatchObject({ outcome: 'problem', to: null });
    expect(() => applyCommand(document, clash.invocation)).not.toThrow();
  });

  it('refuses a command that would put two scope decisions on one process', () => {
    const document = workspace();
    expect(() =>
      applyCommand(document, {
        name: 'workspace.upgrade',
        args: {
          framework: { pack: 'gb921-v26.0', release: '26.0' },
          mappings: [],
          scope: [
            { from: target('1.2'), target: { ...target('1.9'), pack: 'gb921-v26.0' as PackId } },
            { from: target('1.4'), target: { ...target('1.9'), pack: 'gb921-v26.0' as PackId } },
          ],
        },
      }),
    ).toThrow(/two scope decisions/);
  });
});

describe('compareReleases', () => {
  it('orders releases numerically, segment by segment', () => {
    expect(compareReleases('25.5', '26.0')).toBe(-1);
    expect(compareReleases('26.0', '25.5')).toBe(1);
    expect(compareReleases('9', '14')).toBe(-1);
    expect(compareReleases('25.5', '25.5.0')).toBe(0);
    expect(compareReleases('25.10', '25.9')).toBe(1);
  });
});
