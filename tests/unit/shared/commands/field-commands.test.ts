import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { CommandError, type Invocation } from '../../../../shared/commands/types';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { ProcessId } from '../../../../shared/model/ids';
import { companyProcess } from '../../../fixtures/model-builders';
import { A, AB, B, C, D1, P1, deepFreeze, sampleDocument } from './fixture';

/** Applies, checks the result, undoes, and checks the document is back as it was. */
function roundTrip(document: WorkspaceDocument, invocation: Invocation) {
  const frozen = deepFreeze(document);
  const applied = applyCommand(frozen, invocation);
  const undone = applyCommand(applied.document, applied.inverse);
  expect(undone.document).toEqual(document);
  // The inverse of the inverse is the change again: redo gives the same document.
  expect(applyCommand(undone.document, undone.inverse).document).toEqual(applied.document);
  return applied.document;
}

const nodes = (document: WorkspaceDocument) => document.diagrams[0]!.nodes;

describe('element.setFields', () => {
  it('sets a box’s annotations and style, and undoes to the fields being absent again', () => {
    const after = roundTrip(sampleDocument(), {
      name: 'element.setFields',
      args: {
        diagramId: D1,
        changes: [
          {
            id: A,
            fields: {
              description: 'Takes the order',
              owner: 'Sales ops',
              tags: ['front office'],
              properties: [{ key: 'SLA', value: '2h' }],
              links: [{ url: 'https://example.com/wiki' }],
              style: { fill: '#ffeecc' },
            },
          },
        ],
      },
    });
    expect(nodes(after).find((n) => n.id === A)).toMatchObject({
      description: 'Takes the order',
      owner: 'Sales ops',
      style: { fill: '#ffeecc' },
    });
  });

  it('changes several nodes in one step, each from its own value', () => {
    const after = roundTrip(sampleDocument(), {
      name: 'element.setFields',
      args: {
        diagramId: D1,
        changes: [A, B, C].map((id) => ({ id, fields: { style: { border: '#336699' } } })),
      },
    });
    expect(nodes(after).every((n) => n.style?.border === '#336699')).toBe(true);
  });

  it('clears a field with null', () => {
    const withOwner = applyCommand(sampleDocument(), {
      name: 'element.setFields',
      args: { diagramId: D1, changes: [{ id: A, fields: { owner: 'X' } }] },
    }).document;
    const cleared = roundTrip(withOwner, {
      name: 'element.setFields',
      args: { diagramId: D1, changes: [{ id: A, fields: { owner: null } }] },
    });
    expect(nodes(cleared).find((n) => n.id === A)).not.toHaveProperty('owner');
  });

  it('refuses what the schema refuses, naming the node and the field', () => {
    const bad: Invocation[] = [
      // A note takes no owner; a link must be http(s); a colour must be #rrggbb.
      {
        name: 'element.setFields',
        args: { diagramId: D1, changes: [{ id: B, fields: { owner: 'X' } }] },
      },
      {
        name: 'element.setFields',
        args: {
          diagramId: D1,
          changes: [{ id: A, fields: { links: [{ url: 'javascript:alert(1)' }] } }],
        },
      },
      {
        name: 'element.setFields',
        args: { diagramId: D1, changes: [{ id: A, fields: { style: { fill: 'red' } } }] },
      },
      {
        name: 'element.setFields',
        args: { diagramId: D1, changes: [{ id: 'n-zz' as never, fields: {} }] },
      },
    ];
    for (const invocation of bad) {
      expect(() => applyCommand(sampleDocument(), invocation)).toThrow(CommandError);
    }
    expect(() => applyCommand(sampleDocument(), bad[1]!)).toThrow(/node "n-a": links\.0\.url/);
  });
});

describe('edge.setFields', () => {
  it('sets kind, routing and label, and undoes them', () => {
    const after = roundTrip(sampleDocument(), {
      name: 'edge.setFields',
      args: {
        diagramId: D1,
        changes: [{ id: AB, fields: { kind: 'association', routing: 'curved', label: null } }],
      },
    });
    const edge = after.diagrams[0]!.edges.find((e) => e.id === AB)!;
    expect(edge).toMatchObject({ kind: 'association', routing: 'curved' });
    expect(edge).not.toHaveProperty('label');
  });

  it('never moves an edge’s ends', () => {
    expect(() =>
      applyCommand(sampleDocument(), {
        name: 'edge.setFields',
        args: { diagramId: D1, changes: [{ id: AB, fields: { source: C } as never }] },
      }),
    ).toThrow(CommandError);
  });
});

describe('process.update', () => {
  const withProcesses = (): WorkspaceDocument => {
    const document = sampleDocument();
    return {
      ...document,
      processes: {
        ...document.processes,
        processes: [
          companyProcess(P1, 'Take orders', null, { code: 'OTA-01' }),
          companyProcess('p-2', 'Bill', null, { code: 'BIL-01' }),
        ],
      },
    };
  };

  it('changes a company process’s fields and undoes them', () => {
    const after = roundTrip(withProcesses(), {
      name: 'process.update',
      args: {
        id: P1,
        fields: {
          name: 'Capture orders',
          description: 'From every channel',
          owner: 'Sales',
          tags: ['core'],
          properties: [{ key: 'System', value: 'CRM' }],
          code: null,
        },
      },
    });
    expect(after.processes.processes[0]).toEqual({
      id: 'p-1',
      name: 'Capture orders',
      parentId: null,
      order: 0,
      description: 'From every channel',
      owner: 'Sales',
      tags: ['core'],
      properties: [{ key: 'System', value: 'CRM' }],
    });
  });

  it('refuses a code another process has, an empty name, and an unknown process', () => {
    const document = withProcesses();
    expect(() =>
      applyCommand(document, {
        name: 'process.update',
        args: { id: P1, fields: { code: 'bil-01' } },
      }),
    ).toThrow(/BIL-01|bil-01/);
    expect(() =>
      applyCommand(document, { name: 'process.update', args: { id: P1, fields: { name: '' } } }),
    ).toThrow(CommandError);
    expect(() =>
      applyCommand(document, {
        name: 'process.update',
        args: { id: 'p-9' as ProcessId, fields: { name: 'x' } },
      }),
    ).toThrow(/no process "p-9"/);
  });
});
