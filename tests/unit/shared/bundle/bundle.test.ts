import { describe, expect, it } from 'vitest';
import { buildBundle, frameworkRefsOf } from '../../../../shared/bundle/build-bundle';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import fc from 'fast-check';
import {
  planBundleImport,
  type ClashPolicy,
  type FreshId,
} from '../../../../shared/bundle/plan-import';
import type { Bundle } from '../../../../shared/bundle/bundle-schema';
import { HostFailure } from '../../../../shared/ipc/errors';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import type { DiagramFile } from '../../../../shared/model/diagram-schema';
import type { EdgeId, MappingId, NodeId } from '../../../../shared/model/ids';
import { emptyDocument } from '../../../../shared/model/empty-files';
import { LIMITS } from '../../../../shared/model/limits';
import { buildDiagram, buildDocument } from '../../../fixtures/workspace-builder';
import { companyProcess, mappingTo, TEST_FRAMEWORK } from '../../../fixtures/model-builders';

/** Ids `p-new-1`, `m-new-1`... in order, so that expectations can name them. */
function countingIds(): FreshId {
  let n = 0;
  return (kind) => `${kind === 'process' ? 'p' : 'm'}-new-${++n}`;
}

/** A workspace: two roots with children, three mappings, one diagram showing p-child-a. */
function sourceDocument(): WorkspaceDocument {
  const base = buildDocument({ processes: 0, diagrams: 0, name: 'Source' });
  const diagram: DiagramFile = {
    ...buildDiagram('order-flow', 0),
    nodes: [
      {
        id: 'n-1' as NodeId,
        kind: 'process',
        processId: 'p-child-a' as never,
        x: 0,
        y: 0,
        width: 160,
        height: 60,
        z: 0,
      },
      {
        id: 'n-2' as NodeId,
        kind: 'framework',
        pack: 'gb921-v25.5',
        processId: '1.3.3' as never,
        x: 300,
        y: 0,
        width: 160,
        height: 60,
        z: 1,
      },
    ],
    edges: [
      {
        id: 'e-1' as EdgeId,
        kind: 'mapping',
        source: 'n-1' as NodeId,
        target: 'n-2' as NodeId,
        mappingId: 'm-1' as MappingId,
      },
    ],
  };
  return {
    ...base,
    processes: {
      ...base.processes,
      processes: [
        companyProcess('p-root', 'Order to activate', null, { code: 'OTA' }),
        companyProcess('p-child-a', 'Capture order', 'p-root', { code: 'OTA-1' }),
        companyProcess('p-child-b', 'Validate order', 'p-root', { order: 1 }),
        companyProcess('p-other', 'Bill to cash', null, { order: 1 }),
      ],
    },
    mappings: {
      ...base.mappings,
      mappings: [
        mappingTo('m-1', 'p-child-a', '1.3.3', 'full'),
        mappingTo('m-2', 'p-child-a', '1.3.3.2', 'partial'),
        mappingTo('m-3', 'p-other', '1.4.1', 'full'),
      ],
    },
    diagrams: [diagram],
  };
}

const text = (bundle: Bundle): string => JSON.stringify(bundle, null, 2);

function failure(run: () => unknown): HostFailure['error'] {
  try {
    run();
  } catch (error) {
    if (error instanceof HostFailure) return error.error;
    throw error;
  }
  throw new Error('expected a HostFailure');
}

describe('buildBundle', () => {
  it('holds the diagrams, the processes they show with their ancestors, and those mappings', () => {
    const bundle = buildBundle(sourceDocument(), ['order-flow'], '2026-11-30T00:00:00Z');
    expect(bundle.diagrams.map((d) => d.id)).toEqual(['order-flow']);
    expect(bundle.processes.processes.map((p) => p.id)).toEqual(['p-child-a', 'p-root']);
    expect(bundle.mappings.mappings.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(bundle.alignments.map((a) => a.id)).toEqual(['full', 'partial']);
    expect(bundle.framework).toEqual(TEST_FRAMEWORK);
    expect(frameworkRefsOf(bundle)).toEqual([
      { pack: 'gb921-v25.5', id: '1.3.3' },
      { pack: 'gb921-v25.5', id: '1.3.3.2' },
    ]);
  });

  it('refuses a diagram id the workspace does not have', () => {
    expect(() => buildBundle(sourceDocument(), ['nope'])).toThrow('No diagram "nope"');
  });
});

describe('readBundle', () => {
  it('reads back what buildBundle wrote', () => {
    const bundle = buildBundle(sourceDocument(), ['order-flow']);
    expect(readBundle(text(bundle), 'flow.etom.json')).toEqual(bundle);
  });

  it('names the file and the place of a problem inside a part', () => {
    const bundle = buildBundle(sourceDocument(), ['order-flow']) as unknown as Record<
      string,
      unknown
    >;
    const broken = JSON.parse(text(bundle as unknown as Bundle)) as {
      diagrams: Array<{ nodes: Array<{ x: unknown }> }>;
    };
    broken.diagrams[0]!.nodes[1]!.x = 'left';
    const error = failure(() => readBundle(JSON.stringify(broken), 'flow.etom.json'));
    expect(error.code).toBe('SCHEMA_ERROR');
    expect(error.file).toBe('flow.etom.json');
    expect(error.jsonPath).toBe('diagrams[0].nodes[1].x');
    expect(error.message).toMatch(/^flow\.etom\.json, diagrams\[0\]\.nodes\[1\]\.x: /);
  });

  it.each([
    ['not an object', '[]', '(root)'],
    ['another format', JSON.stringify({ format: 'etom-studio.diagram' }), 'format'],
    ['no name', JSON.stringify({ format: 'etom-studio.bundle', schemaVersion: 1 }), 'name'],
  ])('refuses %s', (_name, source, jsonPath) => {
    expect(failure(() => readBundle(source, 'x.etom.json')).jsonPath).toBe(jsonPath);
  });

  it('refuses a bundle from a newer version, saying so', () => {
    const newer = { ...buildBundle(sourceDocument(), ['order-flow']), schemaVersion: 9 };
    const error = failure(() => readBundle(JSON.stringify(newer), 'x.etom.json'));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toContain('Update eTOM Studio');
  });

  it('refuses references that leave the bundle', () => {
    const bundle = buildBundle(sourceDocument(), ['order-flow']);
    const cases: Array<[Bundle, string]> = [
      [
        {
          ...bundle,
          mappings: { ...bundle.mappings, mappings: [mappingTo('m-9', 'p-gone', '1.3')] },
        },
        'mappings.mappings[0].processId',
      ],
      [{ ...bundle, alignments: [] }, 'mappings.mappings[0].alignment'],
      [{ ...bundle, diagrams: [bundle.diagrams[0]!, bundle.diagrams[0]!] }, 'diagrams[1].id'],
      [
        {
          ...bundle,
          processes: {
            ...bundle.processes,
            processes: bundle.processes.processes.filter((p) => p.id === 'p-root'),
          },
          mappings: { ...bundle.mappings, mappings: [] },
        },
        'diagrams[0].nodes[0].processId',
      ],
      [
        { ...bundle, mappings: { ...bundle.mappings, mappings: [] } },
        'diagrams[0].edges[0].mappingId',
      ],
    ];
    for (const [broken, jsonPath] of cases) {
      expect(failure(() => readBundle(text(broken), 'x.etom.json')).jsonPath).toBe(jsonPath);
    }
  });

  it('refuses a label beyond the text limit before parsing it', () => {
    const bundle = buildBundle(sourceDocument(), ['order-flow']);
    const huge = text(bundle).replace('"Capture order"', `"${'x'.repeat(2_000_000)}"`);
    expect(failure(() => readBundle(huge, 'x.etom.json')).code).toMatch(/LIMIT|TOO|SCHEMA/);
  });
});

describe('planBundleImport', () => {
  const bundle = (): Bundle => buildBundle(sourceDocument(), ['order-flow']);

  it('adds everything to an empty workspace and places new roots after its own', () => {
    const target = emptyDocument('Target', TEST_FRAMEWORK);
    const plan = planBundleImport(target, bundle(), 'keep-both', countingIds());
    expect(plan.diagrams.added).toEqual(['order-flow']);
    expect(plan.processes.added).toEqual(['p-child-a', 'p-root']);
    expect(plan.mappings.added).toEqual(['m-1', 'm-2']);
    expect(plan.document.diagrams).toEqual(bundle().diagrams);
    expect(plan.alignmentsAdded).toEqual([]);
    expect(plan.otherPack).toBeNull();
  });

  it('finds nothing to do when the workspace already holds the same elements', () => {
    const source = sourceDocument();
    const plan = planBundleImport(source, buildBundle(source, ['order-flow']), 'replace');
    expect(plan.processes.unchanged).toEqual(['p-child-a', 'p-root']);
    expect(plan.mappings.unchanged).toEqual(['m-1', 'm-2']);
    expect(plan.diagrams.unchanged).toEqual(['order-flow']);
    expect(plan.document).toEqual(source);
  });

  describe('with clashes (same ids, different content)', () => {
    function clashing(): WorkspaceDocument {
      const base = sourceDocument();
      return {
        ...base,
        processes: {
          ...base.processes,
          processes: base.processes.processes.map((p) =>
            p.id === 'p-child-a' ? { ...p, name: 'Take order (theirs)' } : p,
          ),
        },
        mappings: {
          ...base.mappings,
          mappings: base.mappings.mappings.map((m) =>
            m.id === 'm-1' ? { ...m, rationale: 'their reason' } : m,
          ),
        },
        diagrams: base.diagrams.map((d) => ({ ...d, name: 'Their flow' })),
      };
    }

    it('skip keeps the workspace as it is', () => {
      const target = clashing();
      const plan = planBundleImport(target, bundle(), 'skip');
      expect(plan.processes.skipped).toEqual(['p-child-a']);
      expect(plan.mappings.skipped).toEqual(['m-1']);
      expect(plan.diagrams.skipped).toEqual(['order-flow']);
      expect(plan.document).toEqual(target);
    });

    it("replace puts the bundle's elements in their place", () => {
      const plan = planBundleImport(clashing(), bundle(), 'replace');
      expect(plan.processes.replaced).toEqual(['p-child-a']);
      expect(plan.document.processes.processes.find((p) => p.id === 'p-child-a')?.name).toBe(
        'Capture order',
      );
      expect(plan.document.diagrams[0]?.name).toBe('Diagram order-flow');
      expect(plan.document.processes.processes).toHaveLength(4);
    });

    it('keep both gives the new ones fresh ids and their references follow', () => {
      const plan = planBundleImport(clashing(), bundle(), 'keep-both', countingIds());
      expect(plan.processes.renamed).toEqual([{ from: 'p-child-a', to: 'p-new-1' }]);
      expect(plan.mappings.renamed).toEqual([
        { from: 'm-1', to: 'm-new-2' },
        { from: 'm-2', to: 'm-new-3' },
      ]);
      expect(plan.diagrams.renamed).toEqual([{ from: 'order-flow', to: 'order-flow-2' }]);
      const copy = plan.document.diagrams.find((d) => d.id === 'order-flow-2')!;
      expect(copy.nodes[0]).toMatchObject({ kind: 'process', processId: 'p-new-1' });
      expect(copy.edges[0]?.mappingId).toBe('m-new-2');
      const mapping = plan.document.mappings.mappings.find((m) => m.id === 'm-new-2');
      expect(mapping?.processId).toBe('p-new-1');
      // m-2 was not a clash, but it maps the renamed process: it follows too, and is
      // then a clash itself (same id, now different content) kept as a copy.
      expect(plan.document.mappings.mappings.filter((m) => m.processId === 'p-new-1')).toHaveLength(
        2,
      );
      // The copy's code is taken by the workspace's p-child-a: it gets a suffix.
      expect(plan.codesChanged).toEqual([{ process: 'p-new-1', from: 'OTA-1', to: 'OTA-1-2' }]);
      const newProcess = plan.document.processes.processes.find((p) => p.id === 'p-new-1');
      expect(newProcess).toMatchObject({ parentId: 'p-root', code: 'OTA-1-2', order: 2 });
    });
  });

  it('adds the alignment qualifiers the workspace lacks and notes another pack', () => {
    const source = sourceDocument();
    source.workspace = {
      ...source.workspace,
      alignments: [
        { id: 'full', label: 'Full', weight: 1 },
        { id: 'partial', label: 'Partial', weight: 0.5 },
        { id: 'extended', label: 'Extended', weight: 0.75 },
      ],
    };
    source.mappings.mappings.push(mappingTo('m-4', 'p-child-a', '1.3.3.3', 'extended'));
    const target = emptyDocument('Target', { pack: 'gb921-v26.0', release: '26.0' });
    const plan = planBundleImport(target, buildBundle(source, ['order-flow']), 'skip');
    expect(plan.alignmentsAdded.map((a) => a.id)).toEqual(['extended']);
    expect(plan.document.workspace.alignments?.map((a) => a.id)).toEqual([
      'full',
      'partial',
      'extended',
    ]);
    expect(plan.otherPack).toBe('gb921-v25.5');
  });

  it('refuses a merge that would not be a valid workspace, changing nothing', () => {
    const target = emptyDocument('Full', TEST_FRAMEWORK);
    target.diagrams = Array.from({ length: LIMITS.maxDiagrams }, (_, i) =>
      buildDiagram(`d-${i}`, 0),
    );
    const before = JSON.stringify(target);
    const error = failure(() => planBundleImport(target, bundle(), 'keep-both'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain(`at most ${LIMITS.maxDiagrams}`);
    expect(JSON.stringify(target)).toBe(before);
  });

  it('keeps codes unique when the bundle itself repeats one', () => {
    const repeated = bundle();
    repeated.processes.processes = repeated.processes.processes.map((p) => ({
      ...p,
      code: 'SAME',
    }));
    const plan = planBundleImport(emptyDocument('Target', TEST_FRAMEWORK), repeated, 'keep-both');
    expect(plan.codesChanged).toEqual([{ process: 'p-root', from: 'SAME', to: 'SAME-2' }]);
  });
});

describe('a bundle round trip (property)', () => {
  it('imports into an empty workspace, then finds everything unchanged on a second import', () => {
    fc.assert(
      fc.property(
        fc.record({
          diagrams: fc.integer({ min: 1, max: 4 }),
          nodesPerDiagram: fc.integer({ min: 0, max: 12 }),
          processes: fc.integer({ min: 7, max: 12 }),
        }),
        fc.constantFrom<ClashPolicy>('keep-both', 'replace', 'skip'),
        (shape, policy) => {
          const source = buildDocument(shape);
          const ids = source.diagrams.map((d) => d.id);
          const bundle = readBundle(JSON.stringify(buildBundle(source, ids)), 'b.etom.json');
          const empty = emptyDocument('Target', TEST_FRAMEWORK);
          const first = planBundleImport(empty, bundle, policy).document;
          expect(first.diagrams).toEqual(bundle.diagrams);
          const second = planBundleImport(first, bundle, policy);
          expect(second.document).toEqual(first);
          expect(second.diagrams.unchanged).toEqual([...ids].sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
