import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../main/services/export/exporter';
import { buildBundle } from '../../../../../shared/bundle/build-bundle';
import { readBundle } from '../../../../../shared/bundle/read-bundle';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import {
  diagramFileSchema,
  type DiagramEdge,
  type DiagramNode,
} from '../../../../../shared/model/diagram-schema';
import { diagramNamesOf } from '../../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../../shared/render/diagram-svg';
import { sampleDiagram, sampleDocument } from '../../../../fixtures/diagram-samples';
import { companyProcess } from '../../../../fixtures/model-builders';
import { makeTempDir } from '../../../../fixtures/workspace-builder';
import { decodePng } from '../../../../support/png-pixels';
import { reportFigures } from '../../../../support/scorecard';

// RELIABILITY E.22: a diagram's JSON export re-imports equal (property, 1,000 runs, through
// the bundle reader an import uses) and a 5,000-node diagram exports to PNG (time and peak
// memory reported, not asserted: the machine is shared while this runs).

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('etom-e22-'));
});
afterAll(async () => {
  await cleanup();
});

const PROCESS_IDS = ['p-a', 'p-b', 'p-c'];
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const name = text.filter((value) => value.trim() !== '');
const place = {
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
};
const size = {
  width: fc.integer({ min: 40, max: 400 }),
  height: fc.integer({ min: 24, max: 300 }),
};

/** Any node of any kind the diagram schema allows, with hostile and astral text. */
const node = fc.oneof(
  fc.record({ kind: fc.constant('box' as const), label: text, ...place, ...size }),
  fc.record({ kind: fc.constant('note' as const), text, ...place, ...size }),
  fc.record({ kind: fc.constant('text' as const), text, ...place, ...size }),
  fc.record({
    kind: fc.constant('group' as const),
    variant: fc.constantFrom('group' as const, 'lane' as const),
    label: text,
    ...place,
    ...size,
  }),
  fc.record({
    kind: fc.constant('framework' as const),
    pack: fc.constantFrom('gb921-v25.5', 'classic-r14'),
    processId: fc.constantFrom('1.1', '1.1.1', '1.2.2', '9.9.9'),
    ...place,
    ...size,
  }),
  fc.record({
    kind: fc.constant('process' as const),
    processId: fc.constantFrom(...PROCESS_IDS),
    ...place,
    ...size,
  }),
);

const diagram = fc
  .record({
    name,
    nodes: fc.array(
      fc.record({
        node,
        z: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
        locked: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        kind: fc.constantFrom('flow' as const, 'association' as const),
        label: fc.option(text, { nil: undefined }),
        routing: fc.option(
          fc.constantFrom('orthogonal' as const, 'curved' as const, 'straight' as const),
          { nil: undefined },
        ),
        sourceHandle: fc.option(
          fc.constantFrom('top' as const, 'right' as const, 'bottom' as const, 'left' as const),
          { nil: undefined },
        ),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ name: diagramName, nodes, edges }) => {
    const built = nodes.map(({ node: shape, z, locked }, i) => ({
      ...shape,
      id: `n-${i}`,
      ...(z === undefined ? {} : { z }),
      ...(locked ? { locked: true as const } : {}),
    }));
    return sampleDiagram(
      'generated',
      diagramName,
      built,
      edges.map((edge, i) => ({
        id: `e-${i}`,
        kind: edge.kind,
        source: `n-${edge.from % built.length}`,
        target: `n-${edge.to % built.length}`,
        ...(edge.label === undefined ? {} : { label: edge.label }),
        ...(edge.routing === undefined ? {} : { routing: edge.routing }),
        ...(edge.sourceHandle === undefined ? {} : { sourceHandle: edge.sourceHandle }),
      })),
    );
  });

describe('E.22: diagram exports', () => {
  it('JSON export re-imports deep-equal through the bundle reader (1,000 runs)', () => {
    let runs = 0;
    fc.assert(
      fc.property(diagram, (generated) => {
        // The app holds diagrams as the schema reads them (names trimmed, say).
        const document = sampleDocument([diagramFileSchema.parse(generated)]);
        document.processes.processes = PROCESS_IDS.map((id) => companyProcess(id, `Process ${id}`));
        document.mappings.mappings = [];
        const bundle = buildBundle(document, ['generated'], '2026-11-30T07:00:00.000Z');
        const text = JSON.stringify(bundle, null, 2);
        expect(readBundle(text, '/x/generated.etom.json')).toEqual(bundle);
        runs += 1;
      }),
      { numRuns: 1000 },
    );
    reportFigures('E.22', 'diagram JSON export re-imported through the bundle reader', {
      'runs (every node kind, hostile text)': runs,
      'not equal': 0,
    });
  });

  it('PNG export of a 5,000-node diagram: time and peak memory', async () => {
    const columns = 70;
    const nodes: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    for (let i = 0; i < 5000; i += 1) {
      const base = {
        x: (i % columns) * 140,
        y: Math.floor(i / columns) * 60,
        width: 120,
        height: 40,
        z: i,
      };
      const kinds = [
        { kind: 'box', label: `Step ${i}` },
        { kind: 'process', processId: PROCESS_IDS[i % 3] },
        { kind: 'framework', pack: 'gb921-v25.5', processId: '1.1.1' },
      ] as const;
      nodes.push({ ...base, ...kinds[i % 3]!, id: `n-${i}` } as unknown as DiagramNode);
      if (i > 0 && i % columns !== 0) {
        edges.push({
          id: `e-${i}`,
          kind: 'flow',
          source: `n-${i - 1}`,
          target: `n-${i}`,
        } as unknown as DiagramEdge);
      }
    }
    const big = sampleDiagram('big', 'Big', nodes, edges);
    const document = sampleDocument([big]);
    document.processes.processes = PROCESS_IDS.map((id) => companyProcess(id, `Process ${id}`));
    const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const svg = renderDiagramSvg(big, names);
    const drawn = performance.now();
    const target = path.join(dir, 'big.png');
    const result = await writeExport({ path: target, format: 'png', svg, scale: 1 });
    const finished = performance.now();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    const pixels = decodePng(await readFile(target));
    expect([pixels.width, pixels.height]).toEqual([result.width, result.height]);
    reportFigures(
      'E.22',
      'PNG export of a 5,000-node diagram (measured on a shared, loaded machine)',
      {
        nodes: 5000,
        edges: edges.length,
        'SVG MB': Math.round(svg.length / 1e5) / 10,
        'draw SVG ms': Math.round(drawn - started),
        'check + rasterise + write ms': Math.round(finished - drawn),
        'total s': Math.round((finished - started) / 100) / 10,
        'PNG px': `${result.width} x ${result.height}`,
        'peak RSS MB': Math.round(peak / 1e6),
      },
    );
  }, 120_000);
});
