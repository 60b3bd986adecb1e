import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import {
  CLIPBOARD_FORMAT,
  decodeClip,
  encodeClip,
  looksLikeClip,
} from '../../../../shared/clipboard/clipboard-format';
import { copyElements } from '../../../../shared/clipboard/copy-elements';
import { cascadeOffset, planPaste } from '../../../../shared/clipboard/paste-plan';
import { HostFailure } from '../../../../shared/ipc/errors';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramNode } from '../../../../shared/model/diagram-schema';
import type { MappingId, NodeId, ProcessId } from '../../../../shared/model/ids';
import { A, AB, B, C, D1, D2, sampleDocument } from '../commands/fixture';

/** The sample, with a company process "Handle order" shown on D1 (node P, mapped to C) and a group G holding A. */
function richDocument(): WorkspaceDocument {
  const doc = sampleDocument();
  const [d1, d2] = doc.diagrams;
  return workspaceDocumentSchema.parse({
    ...doc,
    processes: {
      ...doc.processes,
      processes: [{ id: 'p-order', name: 'Handle order', parentId: null, order: 0 }],
    },
    mappings: {
      ...doc.mappings,
      mappings: doc.mappings.mappings,
    },
    diagrams: [
      {
        ...d1,
        nodes: [
          ...d1!.nodes.map((n) => (n.id === A ? { ...n, parentId: 'n-g' } : n)),
          {
            id: 'n-g',
            kind: 'group',
            variant: 'lane',
            x: -20,
            y: -20,
            width: 600,
            height: 200,
            label: 'Customer',
          },
          {
            id: 'n-p',
            kind: 'process',
            processId: 'p-order',
            x: 0,
            y: 300,
            width: 100,
            height: 50,
          },
        ],
        edges: [...d1!.edges, { id: 'e-pa', kind: 'flow', source: 'n-p', target: A }],
      },
      d2,
    ],
  });
}

let counter = 0;
const ids = (prefix: string) => `${prefix}-copy-${(counter += 1)}`;

describe('copy and paste', () => {
  it('copies nodes with the members of copied groups, the edges between them and the processes shown', () => {
    const doc = richDocument();
    const clip = copyElements(doc, doc.diagrams[0]!, new Set(['n-g', 'n-p', B]))!;
    expect(clip.format).toBe(CLIPBOARD_FORMAT);
    expect(clip.nodes.map((n) => n.id).sort()).toEqual([A, B, 'n-g', 'n-p'].sort());
    // A-B and P-A have both ends copied; B-C and C-A do not.
    expect(clip.edges.map((e) => e.id).sort()).toEqual([AB, 'e-pa'].sort());
    expect(clip.processes.map((p) => p.id)).toEqual(['p-order']);
    expect(copyElements(doc, doc.diagrams[0]!, new Set(['nothing']))).toBeNull();
  });

  it('renumbers every id, keeps edges, containment and order, and draws the copies on top', () => {
    const doc = richDocument();
    const diagram = doc.diagrams[0]!;
    const clip = decodeClip(encodeClip(copyElements(doc, diagram, new Set(['n-g', 'n-p', B]))!));
    const plan = planPaste(doc, diagram, clip, { dx: 24, dy: 24 }, ids);
    const newIds = new Map(clip.nodes.map((n, i) => [n.id as string, plan.nodes[i]!.id as string]));
    for (const n of plan.nodes) expect(diagram.nodes.some((o) => o.id === n.id)).toBe(false);
    for (const [i, e] of plan.edges.entries()) {
      const original = clip.edges[i]!;
      expect(e.id).not.toBe(original.id);
      expect(e.source).toBe(newIds.get(original.source));
      expect(e.target).toBe(newIds.get(original.target));
      expect(e.label).toBe(original.label);
    }
    const copyOfA = plan.nodes.find((n) => n.id === newIds.get(A))!;
    expect(copyOfA.parentId).toBe(newIds.get('n-g'));
    expect(copyOfA.x).toBe(24);
    const top = Math.max(...diagram.nodes.map((n) => n.z ?? 0));
    expect(Math.min(...plan.nodes.map((n) => n.z!))).toBeGreaterThan(top);
    // Applied, the document is valid; undone, it is the original.
    const applied = applyCommand(doc, plan.invocation);
    expect(workspaceDocumentSchema.safeParse(applied.document).success).toBe(true);
    expect(applyCommand(applied.document, applied.inverse).document).toEqual(doc);
  });

  it('pastes into another diagram; a workspace lacking a company process gets a box with its name', () => {
    const from = richDocument();
    const clip = copyElements(from, from.diagrams[0]!, new Set(['n-p', A]))!;
    const same = planPaste(from, from.diagrams[1]!, clip, { dx: 0, dy: 0 }, ids);
    expect(same.nodes.find((n) => n.kind === 'process')).toBeDefined();
    expect(same.asBoxes).toBe(0);
    const other = sampleDocument();
    const plan = planPaste(other, other.diagrams[1]!, clip, { dx: 0, dy: 0 }, ids);
    expect(plan.asBoxes).toBe(1);
    const box = plan.nodes.find(
      (n): n is Extract<DiagramNode, { kind: 'box' }> =>
        n.kind === 'box' && n.label === 'Handle order',
    );
    expect(box).toBeDefined();
    // A's parent (the group) was not copied: the copy stands alone.
    expect(plan.nodes.every((n) => n.parentId === undefined)).toBe(true);
    const applied = applyCommand(other, plan.invocation);
    expect(workspaceDocumentSchema.safeParse(applied.document).success).toBe(true);
    expect(applied.document.diagrams.find((d) => d.id === D2)!.edges).toHaveLength(1);
  });

  it('leaves out a mapping edge whose mapping the workspace lacks', () => {
    const doc = sampleDocument();
    const clip = {
      format: CLIPBOARD_FORMAT,
      version: 1,
      nodes: [
        {
          id: 'p' as NodeId,
          kind: 'process' as const,
          processId: 'x' as ProcessId,
          x: 0,
          y: 0,
          width: 9,
          height: 9,
        },
        { ...doc.diagrams[0]!.nodes.find((n) => n.id === C)! },
      ],
      edges: [
        {
          id: 'm' as never,
          kind: 'mapping' as const,
          source: 'p' as NodeId,
          target: C,
          mappingId: 'map-1' as MappingId,
        },
      ],
      processes: [],
    } as const;
    const plan = planPaste(
      doc,
      doc.diagrams[1]!,
      decodeClip(JSON.stringify(clip)),
      { dx: 0, dy: 0 },
      ids,
    );
    expect(plan.droppedMappings).toBe(1);
    expect(plan.edges).toHaveLength(0);
  });

  it('cascades repeated pastes so each copy is seen', () => {
    const doc = sampleDocument();
    const diagram = doc.diagrams[0]!;
    const clip = copyElements(doc, diagram, new Set([A]))!;
    expect(cascadeOffset(diagram, clip)).toEqual({ dx: 24, dy: 24 });
    const once = applyCommand(
      doc,
      planPaste(doc, diagram, clip, cascadeOffset(diagram, clip), ids).invocation,
    );
    const d1 = once.document.diagrams.find((d) => d.id === D1)!;
    expect(cascadeOffset(d1, clip)).toEqual({ dx: 48, dy: 48 });
  });
});

describe('clipboard text, validated like a file', () => {
  const valid = () =>
    copyElements(sampleDocument(), sampleDocument().diagrams[0]!, new Set([A, B]))!;

  it('tells copied elements from other text', () => {
    expect(looksLikeClip(encodeClip(valid()))).toBe(true);
    expect(looksLikeClip('Order to cash')).toBe(false);
    expect(looksLikeClip('{"a":1}')).toBe(false);
  });

  function failure(text: string): HostFailure {
    try {
      decodeClip(text);
    } catch (error) {
      if (error instanceof HostFailure) return error;
      throw error;
    }
    throw new Error('decoded');
  }

  it('refuses a wrong version, a bad node and a dangling edge, saying where', () => {
    const v = failure(JSON.stringify({ ...valid(), version: 2 }));
    expect(v.error.code).toBe('SCHEMA_ERROR');
    expect(v.message).toMatch(/^The clipboard, version: /);
    const bad = valid();
    const node = failure(JSON.stringify({ ...bad, nodes: [{ ...bad.nodes[0], width: -1 }] }));
    expect(node.message).toMatch(/nodes\[0\]\.width/);
    const edge = failure(JSON.stringify({ ...bad, edges: [{ ...bad.edges[0], target: 'gone' }] }));
    expect(edge.message).toMatch(/edges\[0\]\.target: unknown node "gone"/);
  });

  it('refuses what the scanner refuses before parsing: syntax, depth, huge strings, __proto__', () => {
    expect(failure(`{"format":"${CLIPBOARD_FORMAT}",`).error.code).toBe('PARSE_ERROR');
    const deep = `{"format":"${CLIPBOARD_FORMAT}","x":${'['.repeat(200)}${']'.repeat(200)}}`;
    expect(failure(deep).error.code).toBe('TOO_DEEP');
    const huge = JSON.stringify({
      ...valid(),
      nodes: [{ ...valid().nodes[0], label: 'x'.repeat(100_000) }],
    });
    expect(failure(huge).error.code).toBe('TOO_LARGE');
    const proto = `{"format":"${CLIPBOARD_FORMAT}","__proto__":{}}`;
    expect(failure(proto).error.code).toBe('PARSE_ERROR');
  });
});
