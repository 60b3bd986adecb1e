import { describe, expect, it } from 'vitest';
import { carryOver, toFlowEdges, toFlowNodes } from '../../../../renderer/canvas/to-flow';
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
      type: 'flow',
      // The label is drawn by the edge component, clear of nodes; sides default right to left.
      data: { label: 'then', routing: 'orthogonal' },
      sourceHandle: 'right',
      targetHandle: 'left',
      selected: true,
      // The one selected connection's ends can be moved, and it is lifted above the nodes
      // where its grips can be grabbed; the others have no grips and stay under the nodes.
      reconnectable: true,
      zIndex: 1000,
      ariaLabel: 'Connection from Take order to Check credit',
    });
    expect(edges[0]!.data?.lifted).toBe(true);
    expect(edges[1]).toMatchObject({ selected: false, reconnectable: false });
    expect([edges[1]!.zIndex, edges[1]!.data?.lifted]).toEqual([undefined, undefined]);
    // Selected with another, neither is movable or lifted: moving an end is for one connection
    // at a time.
    const both = toFlowEdges(document.diagrams[0]!, new Map(), new Set([AB, edges[1]!.id]));
    expect(
      both
        .slice(0, 2)
        .map((edge) => [edge.selected, edge.reconnectable, edge.zIndex, edge.data?.lifted]),
    ).toEqual([
      [true, false, undefined, undefined],
      [true, false, undefined, undefined],
    ]);
    expect(edges[2]).toMatchObject({ type: 'association' });
    expect(edges[2]!.markerEnd).toBeUndefined();
    expect(edges[1]!.ariaLabel).toBe(`Connection from Check credit to ${C}`);
  });
});

describe('carryOver', () => {
  it('keeps the previous object for an unchanged element, with what React Flow added', () => {
    const base = { id: 'a', width: 10, height: 5 };
    const local = { ...base, measured: { width: 10, height: 5 } };
    expect(carryOver([base], [base], [local])[0]).toBe(local);
  });

  it('for a changed element takes the new projection (its selection too) and keeps the measured size of the same size', () => {
    const oldBase = { id: 'a', width: 10, height: 5, selected: false };
    const local = { ...oldBase, measured: { width: 10, height: 5 } };
    const selected = { ...oldBase, selected: true };
    expect(carryOver([selected], [oldBase], [local])[0]).toEqual({
      ...selected,
      measured: { width: 10, height: 5 },
    });
    const resized = { ...oldBase, width: 20 };
    expect(carryOver([resized], [oldBase], [local])[0]).toBe(resized);
  });

  it('keeps the position of a node being dragged, unless the drag is being undone', () => {
    const oldBase = { id: 'a', width: 10, height: 5, position: { x: 0, y: 0 } };
    const dragged = { ...oldBase, position: { x: 40, y: 9 }, dragging: true };
    const selected = { ...oldBase, selected: true };
    expect(carryOver([selected], [oldBase], [dragged])[0]).toEqual({
      ...selected,
      position: { x: 40, y: 9 },
      dragging: true,
    });
    expect(carryOver([oldBase], [], [dragged], false)[0]).toBe(oldBase);
  });

  it('passes new elements through untouched', () => {
    const fresh = { id: 'new' };
    expect(carryOver([fresh], [], [{ id: 'gone' }])[0]).toBe(fresh);
  });
});

describe('company process nodes', () => {
  it('take their name from processes.json, or say the process is missing', () => {
    const document = sampleDocument();
    const withProcess = {
      ...document,
      processes: {
        ...document.processes,
        processes: [{ id: 'p-1' as never, name: 'Billing', parentId: null, order: 0 }],
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

describe('reuse of unchanged canvas elements', () => {
  it('gives the same objects for unchanged nodes and edges, new ones for changed', () => {
    const document = sampleDocument();
    const diagram = document.diagrams[0]!;
    const first = toFlowNodes(diagram, document, new Set(), names);
    const renamed = {
      ...diagram,
      nodes: diagram.nodes.map((n) => (n.kind === 'box' ? { ...n, label: 'Renamed' } : n)),
    };
    const second = toFlowNodes(renamed, document, new Set(), names);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]!.data.text).toBe('Renamed');
    expect(second[1]).toBe(first[1]);
    expect(toFlowNodes(renamed, document, new Set([B]), names)[1]).not.toBe(first[1]);

    const namesMap = new Map([[A, 'Take order']]);
    const e1 = toFlowEdges(diagram, namesMap, new Set());
    expect(toFlowEdges(diagram, namesMap, new Set())[0]).toBe(e1[0]);
    expect(toFlowEdges(diagram, new Map([[A, 'Other']]), new Set())[0]).not.toBe(e1[0]);
  });

  it('gives the same edge array while no edge changed (a new one is a rebuild in React Flow)', () => {
    const diagram = sampleDocument().diagrams[0]!;
    const names = new Map([[A, 'Take order']]);
    const first = toFlowEdges(diagram, names, new Set());
    // Another selection of nodes (a new, equal set of edges selected) changes no edge.
    expect(toFlowEdges(diagram, new Map(names), new Set())).toBe(first);
    const edgeId = diagram.edges[0]!.id;
    const selected = toFlowEdges(diagram, names, new Set([edgeId]));
    expect(selected).not.toBe(first);
    expect(selected[0]!.selected).toBe(true);
    expect(toFlowEdges(diagram, names, new Set([edgeId]))).toBe(selected);
  });
});
