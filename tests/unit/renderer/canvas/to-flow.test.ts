import { describe, expect, it } from 'vitest';
import { keepSelection, toFlowEdges, toFlowNodes } from '../../../../renderer/canvas/to-flow';
import { sampleDocument, A, AB, B, C } from '../../shared/commands/fixture';

const names = (pack: string, id: string) =>
  pack === 'gb921-v25.5' && id === '1.3.3' ? 'Framework name' : undefined;

describe('toFlowNodes', () => {
  it('maps every node with its position, size, text and accessible name', () => {
    const document = sampleDocument();
    const nodes = toFlowNodes(document.diagrams[0]!, document, new Set([B]), names);
    expect(nodes.map((n) => [n.id, n.type, n.ariaLabel, n.selected])).toEqual([
      [A, 'box', 'Take order', false],
      [B, 'note', 'Check credit', true],
      [C, 'framework', 'Framework name', false],
    ]);
    expect(nodes[0]).toMatchObject({ position: { x: 0, y: 0 }, width: 100, height: 50 });
    expect(nodes[2]!.data.caption).toBe('1.3.3');
    // Data holds ids and text only: nothing callable crosses into React Flow.
    for (const n of nodes) {
      expect(Object.values(n.data).some((v) => typeof v === 'function')).toBe(false);
    }
  });

  it('names unknown framework processes and empty labels clearly', () => {
    const document = sampleDocument();
    const diagram = document.diagrams[0]!;
    const emptied = {
      ...diagram,
      nodes: diagram.nodes.map((n) => (n.kind === 'box' ? { ...n, label: ' ' } : n)),
    };
    const nodes = toFlowNodes(emptied, document, new Set(), () => undefined);
    expect(nodes[0]!.ariaLabel).toBe('Empty box');
    expect(nodes[2]!.data.text).toBe('Unknown process 1.3.3');
  });
});

describe('toFlowEdges', () => {
  it('names connections by their ends', () => {
    const document = sampleDocument();
    const edges = toFlowEdges(
      document.diagrams[0]!,
      new Map([
        [A, 'Take order'],
        [B, 'Check credit'],
      ]),
      new Set([AB]),
    );
    expect(edges[0]).toMatchObject({
      id: AB,
      label: 'then',
      selected: true,
      ariaLabel: 'Connection from Take order to Check credit',
    });
    expect(edges[1]!.ariaLabel).toBe(`Connection from Check credit to ${C}`);
  });
});

describe('keepSelection', () => {
  it('carries selection flags over by id and keeps unchanged items identical', () => {
    const fresh = [{ id: 'a' }, { id: 'b', selected: false }];
    const out = keepSelection(fresh, [
      { id: 'b', selected: true },
      { id: 'gone', selected: true },
    ]);
    expect(out[0]).toBe(fresh[0]);
    expect(out[1]).toEqual({ id: 'b', selected: true });
  });
});

describe('company process nodes', () => {
  it('take their name from processes.json, or say the process is missing', () => {
    const document = sampleDocument();
    const withProcess = {
      ...document,
      processes: {
        ...document.processes,
        processes: [{ id: 'p-1' as never, name: 'Billing', parentId: null }],
      },
    };
    const diagram = {
      ...document.diagrams[1]!,
      nodes: [
        {
          id: 'n-1' as never,
          kind: 'process' as const,
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          processId: 'p-1' as never,
        },
        {
          id: 'n-2' as never,
          kind: 'process' as const,
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          processId: 'p-9' as never,
        },
      ],
    };
    const nodes = toFlowNodes(diagram, withProcess, new Set(), () => undefined);
    expect(nodes.map((n) => n.data.text)).toEqual(['Billing', 'Missing process p-9']);
  });
});
