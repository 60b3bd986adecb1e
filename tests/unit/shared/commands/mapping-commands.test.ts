import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  WORKSPACE_STACK,
  createHistory,
  execute,
  redo,
  transact,
  undo,
} from '../../../../shared/commands/history';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { CommandError, type Invocation } from '../../../../shared/commands/types';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../../shared/model/document';
import type { MappingId } from '../../../../shared/model/ids';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo } from '../../../fixtures/model-builders';

function workspaceWith(mappingCount: number): WorkspaceDocument {
  const document = buildDocument({ processes: 0 });
  return {
    ...document,
    processes: {
      ...document.processes,
      processes: [companyProcess('p-a', 'Take order'), companyProcess('p-b', 'Bill customer')],
    },
    mappings: {
      ...document.mappings,
      mappings: Array.from({ length: mappingCount }, (_, i) =>
        mappingTo(`m-${i}`, i % 2 ? 'p-b' : 'p-a', `1.${i}`, i % 3 ? 'full' : 'partial'),
      ),
    },
  };
}

const id = (s: string) => s as MappingId;

describe('mapping commands', () => {
  it('adds mappings and undoes them in one step', () => {
    const start = workspaceWith(1);
    const added = [mappingTo('m-new', 'p-b', '1.3.3'), mappingTo('m-new2', 'p-a', '1.4')];
    const history = execute(createHistory(start), {
      name: 'mapping.add',
      args: { mappings: added },
    });
    expect(history.document.mappings.mappings.map((m) => m.id)).toEqual(['m-0', 'm-new', 'm-new2']);
    const back = undo(history, [WORKSPACE_STACK]);
    expect(back.document).toEqual(start);
    expect(redo(back, [WORKSPACE_STACK]).document).toEqual(history.document);
  });

  it('refuses a taken id, an unknown company process and an alignment not on the scale', () => {
    const start = workspaceWith(1);
    const add = (m: ReturnType<typeof mappingTo>): Invocation => ({
      name: 'mapping.add',
      args: { mappings: [m] },
    });
    expect(() => applyCommand(start, add(mappingTo('m-0', 'p-a', '1.1')))).toThrow(/taken/);
    expect(() => applyCommand(start, add(mappingTo('m-9', 'p-x', '1.1')))).toThrow(
      /no company process "p-x"/,
    );
    expect(() => applyCommand(start, add(mappingTo('m-9', 'p-a', '1.1', 'weak')))).toThrow(
      CommandError,
    );
  });

  it('edits fields, clears an optional one with null, and undo restores every field', () => {
    const start = workspaceWith(2);
    const rationaled = applyCommand(start, {
      name: 'mapping.edit',
      args: { edits: [{ id: id('m-1'), set: { rationale: 'same steps', status: 'reviewed' } }] },
    });
    const m1 = rationaled.document.mappings.mappings[1];
    expect(m1).toMatchObject({ rationale: 'same steps', status: 'reviewed' });
    const cleared = applyCommand(rationaled.document, {
      name: 'mapping.edit',
      args: { edits: [{ id: id('m-1'), set: { rationale: null } }] },
    });
    expect(cleared.document.mappings.mappings[1]).not.toHaveProperty('rationale');
    expect(applyCommand(cleared.document, cleared.inverse).document).toEqual(rationaled.document);
    expect(applyCommand(rationaled.document, rationaled.inverse).document).toEqual(start);
  });

  it('bulk edit of alignment is one undo step', () => {
    const start = workspaceWith(6);
    const edits = ['m-1', 'm-2', 'm-4'].map((m) => ({
      id: id(m),
      set: { alignment: 'partial' },
    }));
    const history = execute(createHistory(start), { name: 'mapping.edit', args: { edits } });
    expect(
      history.document.mappings.mappings.filter((m) => m.alignment === 'partial'),
    ).toHaveLength(5);
    expect(undo(history, [WORKSPACE_STACK]).document).toEqual(start);
  });

  it('deletes mappings and restores them at their places', () => {
    const start = workspaceWith(5);
    const applied = applyCommand(start, {
      name: 'mapping.delete',
      args: { ids: [id('m-3'), id('m-0')] },
    });
    expect(applied.document.mappings.mappings.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-4']);
    expect(applyCommand(applied.document, applied.inverse).document).toEqual(start);
    expect(() =>
      applyCommand(start, { name: 'mapping.delete', args: { ids: [id('m-99')] } }),
    ).toThrow(/no mapping "m-99"/);
  });

  it('refuses a scale that drops a qualifier in use unless it is replaced in the same step', () => {
    const start = workspaceWith(3);
    const scale = [
      { id: 'full', label: 'Full', weight: 1 },
      { id: 'some', label: 'Some', weight: 0.3 },
    ];
    expect(() =>
      applyCommand(start, { name: 'mapping.setAlignments', args: { alignments: scale } }),
    ).toThrow(/uses "partial": replace it first/);
    const partial = start.mappings.mappings.filter((m) => m.alignment === 'partial');
    const history = transact(createHistory(start), 'Change the alignment scale', [
      {
        name: 'mapping.setAlignments',
        args: { alignments: [...scale, { id: 'partial', label: 'Partial', weight: 0.5 }] },
      },
      {
        name: 'mapping.edit',
        args: { edits: partial.map((m) => ({ id: m.id, set: { alignment: 'some' } })) },
      },
      { name: 'mapping.setAlignments', args: { alignments: scale } },
    ]);
    expect(history.document.workspace.alignments).toEqual(scale);
    expect(history.document.mappings.mappings.every((m) => m.alignment !== 'partial')).toBe(true);
    expect(workspaceDocumentSchema.safeParse(history.document).success).toBe(true);
    expect(undo(history, [WORKSPACE_STACK]).document).toEqual(start);
  });
});

/** A random mapping command fitted to the document at that moment. */
interface Intent {
  kind: number;
  pick: number;
  count: number;
  text: string;
}

const intent = fc.record({
  kind: fc.nat(5),
  pick: fc.nat(1000),
  count: fc.integer({ min: 1, max: 4 }),
  text: fc.string({ maxLength: 12 }),
});

let serial = 0;
function invocationFor(document: WorkspaceDocument, i: Intent): Invocation | 'undo' | 'redo' {
  const mappings = document.mappings.mappings;
  const pickIds = () =>
    [
      ...new Set(
        Array.from({ length: i.count }, (_, k) => mappings[(i.pick + k * 7) % mappings.length]),
      ),
    ]
      .filter((m) => m !== undefined)
      .map((m) => m.id);
  if (i.kind === 4) return 'undo';
  if (i.kind === 5) return 'redo';
  if (i.kind === 0 || mappings.length === 0) {
    serial += 1;
    return {
      name: 'mapping.add',
      args: {
        mappings: Array.from({ length: i.count }, (_, k) =>
          mappingTo(`m-f${serial}-${k}`, k % 2 ? 'p-a' : 'p-b', `1.${i.pick % 9}`),
        ),
      },
    };
  }
  if (i.kind === 1) return { name: 'mapping.delete', args: { ids: pickIds() } };
  if (i.kind === 2) {
    return {
      name: 'mapping.edit',
      args: {
        edits: pickIds().map((m) => ({
          id: m,
          set: { alignment: i.pick % 2 ? 'full' : 'partial', status: 'approved' as const },
        })),
      },
    };
  }
  return {
    name: 'mapping.edit',
    args: {
      edits: pickIds().map((m) => ({ id: m, set: { rationale: i.text === '' ? null : i.text } })),
    },
  };
}

describe('mapping commands, property', () => {
  it('any sequence keeps the document valid, and undoing everything gives the start back', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 30 }), (intents) => {
        const start = workspaceWith(4);
        let history = createHistory(start);
        for (const i of intents) {
          const step = invocationFor(history.document, i);
          if (step === 'undo') history = undo(history, [WORKSPACE_STACK]);
          else if (step === 'redo') history = redo(history, [WORKSPACE_STACK]);
          else history = execute(history, step);
          expect(workspaceDocumentSchema.safeParse(history.document).success).toBe(true);
        }
        for (let n = 0; n < intents.length; n += 1) history = undo(history, [WORKSPACE_STACK]);
        expect(history.document).toEqual(start);
      }),
      { numRuns: 150 },
    );
  });
});
