import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { frameworkTargetOf } from '../../../../shared/mapping/framework-target';
import { planConnection } from '../../../../shared/mapping/mapping-edge-plan';
import type { DiagramEdge, DiagramFile } from '../../../../shared/model/diagram-schema';
import { workspaceDocumentSchema } from '../../../../shared/model/document';
import type { EdgeId, NodeId } from '../../../../shared/model/ids';
import { A, B, C, D1 } from '../commands/fixture';
import { TAKE, TAKE_MAPPING, mappedDocument } from '../commands/mapped-fixture';

const catalogue = getBuiltInCatalogue('gb921-v25.5')!;
const targetOf = (pack: string, id: string) =>
  pack === catalogue.pack.id ? frameworkTargetOf(catalogue, id) : null;
const stamp = { by: 'Ana', at: '2026-11-30T03:00:00.000Z' };

function drawn(source: NodeId, target: NodeId, extra: Partial<DiagramEdge> = {}): DiagramEdge {
  return { id: 'e-drawn' as EdgeId, kind: 'flow', source, target, ...extra };
}

/** mappedDocument() without mapping m-take and its edge: p-take maps to nothing. */
function unmappedDocument() {
  const document = mappedDocument();
  return {
    ...document,
    mappings: { ...document.mappings, mappings: [] },
    diagrams: document.diagrams.map((d) =>
      d.id === D1 ? { ...d, edges: d.edges.filter((e) => e.mappingId === undefined) } : d,
    ),
  };
}

const diagramOf = (document: ReturnType<typeof mappedDocument>): DiagramFile =>
  document.diagrams.find((d) => d.id === D1)!;

describe('planConnection', () => {
  it('keeps a connection between other kinds of node ordinary', () => {
    const document = unmappedDocument();
    expect(planConnection(document, diagramOf(document), drawn(A, C), targetOf, stamp)).toEqual({
      kind: 'plain',
    });
    expect(planConnection(document, diagramOf(document), drawn(B, TAKE), targetOf, stamp)).toEqual({
      kind: 'plain',
    });
  });

  it('creates a draft mapping with the default alignment, release and UID, with the edge', () => {
    const document = unmappedDocument();
    const plan = planConnection(
      document,
      diagramOf(document),
      drawn(TAKE, C, { sourceHandle: 'right', targetHandle: 'left' }),
      targetOf,
      stamp,
    );
    expect(plan.kind).toBe('mapping');
    if (plan.kind !== 'mapping') return;
    expect(plan.created).toBe(true);
    expect(plan.mapping).toMatchObject({
      processId: 'p-take',
      target: { pack: 'gb921-v25.5', release: '25.5', id: '1.3.3', uid: '3885' },
      alignment: 'full',
      status: 'draft',
      createdBy: 'Ana',
    });
    expect(plan.invocation).toMatchObject({
      name: 'edge.addMapped',
      args: {
        edge: { kind: 'mapping', source: TAKE, target: C, mappingId: plan.mapping.id },
      },
    });
    const after = applyCommand(document, plan.invocation).document;
    expect(workspaceDocumentSchema.safeParse(after).success).toBe(true);
    expect(after.mappings.mappings).toEqual([plan.mapping]);
  });

  it('turns a connection drawn from the eTOM process round, sides included', () => {
    const document = unmappedDocument();
    const plan = planConnection(
      document,
      diagramOf(document),
      drawn(C, TAKE, { sourceHandle: 'left', targetHandle: 'top' }),
      targetOf,
      stamp,
    );
    expect(plan.kind === 'mapping' && plan.invocation.args).toMatchObject({
      edge: { source: TAKE, target: C, sourceHandle: 'top', targetHandle: 'left' },
    });
  });

  it('draws the existing mapping instead of making a second one', () => {
    const document = mappedDocument();
    const plan = planConnection(document, diagramOf(document), drawn(TAKE, C), targetOf, stamp);
    expect(plan).toMatchObject({
      kind: 'mapping',
      created: false,
      invocation: {
        name: 'edge.add',
        args: { edge: { kind: 'mapping', mappingId: TAKE_MAPPING } },
      },
    });
  });

  it('refuses, saying why, when the pack of the eTOM process is not available', () => {
    const document = unmappedDocument();
    const plan = planConnection(document, diagramOf(document), drawn(TAKE, C), () => null, stamp);
    expect(plan.kind).toBe('refused');
    expect(plan.kind === 'refused' && plan.reason).toContain('gb921-v25.5');
  });
});
