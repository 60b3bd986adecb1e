import type { DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type { MappingsFile } from '../../shared/model/mapping-schema';
import type { ProcessesFile } from '../../shared/model/process-schema';
import type { DiagramId, EdgeId, MappingId, NodeId, ProcessId } from '../../shared/model/ids';
import { fileText } from '../../shared/model/file-text';
import { SCHEMA_VERSIONS } from '../../shared/model/schema-versions';
import { FORMAT } from '../../shared/model/workspace-schema';
import type { FrameworkProcessId, PackId } from '../../shared/model/ids';
import { isQuickBench } from './bench-record';

/**
 * The sizes of the bench: the 5,000 processes, 10,000 mappings, 5,000 nodes; a tenth of
 * that in a quick run (`npm run bench -- --quick`).
 */
export const SIZES = isQuickBench()
  ? ({ processes: 500, mappings: 1_000, nodes: 500 } as const)
  : ({ processes: 5_000, mappings: 10_000, nodes: 5_000 } as const);

type Files = { processes: ProcessesFile; mappings: MappingsFile; diagram: DiagramFile };
export type BenchKind = keyof Files;

function base(): Files {
  const processes: ProcessesFile = {
    format: FORMAT.processes,
    schemaVersion: SCHEMA_VERSIONS.processes,
    processes: Array.from({ length: SIZES.processes }, (_, i) => ({
      id: `p-${i}` as ProcessId,
      name: `Process ${i}`,
      code: `P${String(i).padStart(5, '0')}`,
      parentId: i < 50 ? null : (`p-${i % 50}` as ProcessId),
      order: i,
      description: `What process ${i} does, in a sentence or two of plain words.`,
    })),
  };
  const mappings: MappingsFile = {
    format: FORMAT.mappings,
    schemaVersion: SCHEMA_VERSIONS.mappings,
    mappings: Array.from({ length: SIZES.mappings }, (_, i) => ({
      id: `m-${i}` as MappingId,
      processId: `p-${i % SIZES.processes}` as ProcessId,
      target: {
        pack: 'gb921-v25.5' as PackId,
        release: '25.5',
        id: `1.${1 + (i % 6)}.${1 + (i % 9)}` as FrameworkProcessId,
      },
      alignment: i % 3 === 0 ? 'partial' : 'full',
      status: 'draft',
      rationale: `Mapping ${i}`,
    })),
  };
  const nodes: DiagramNode[] = Array.from({ length: SIZES.nodes }, (_, i) => ({
    id: `n-${i}` as NodeId,
    kind: 'box',
    label: `Step ${i}`,
    x: (i % 70) * 200,
    y: Math.floor(i / 70) * 120,
    width: 160,
    height: 60,
    z: i,
  }));
  const diagram: DiagramFile = {
    format: FORMAT.diagram,
    schemaVersion: SCHEMA_VERSIONS.diagram,
    id: 'big' as DiagramId,
    name: 'Big',
    nodes,
    edges: nodes.slice(1).map((n, i) => ({
      id: `e-${i}` as EdgeId,
      kind: 'flow' as const,
      source: `n-${i}` as NodeId,
      target: n.id,
    })),
    viewport: { x: 0, y: 0, zoom: 1 },
  };
  return { processes, mappings, diagram };
}

/** Renames every `step`-th element from `from` on, on one side (1% of each file by default). */
function edit(files: Files, from: number, step: number, text: string): void {
  files.processes.processes.forEach((p, i) => {
    if (i >= from && (i - from) % step === 0) p.name = `${text} ${i}`;
  });
  files.mappings.mappings.forEach((m, i) => {
    if (i >= from && (i - from) % step === 0) m.rationale = `${text} ${i}`;
  });
  files.diagram.nodes.forEach((n, i) => {
    if (i >= from && (i - from) % step === 0) (n as { label: string }).label = `${text} ${i}`;
  });
}

/** Adds `count` new elements of each kind on one side, with ids of that side. */
function add(files: Files, side: string, count: number): void {
  for (let i = 0; i < count; i += 1) {
    files.processes.processes.push({
      id: `${side}-p-${i}` as ProcessId,
      name: `${side} process ${i}`,
      parentId: null,
      order: 10_000 + i,
    });
    files.mappings.mappings.push({
      ...(files.mappings.mappings[i] as MappingsFile['mappings'][number]),
      id: `${side}-m-${i}` as MappingId,
    });
    files.diagram.nodes.push({
      id: `${side}-n-${i}` as NodeId,
      kind: 'box',
      label: `${side} ${i}`,
      x: i * 200,
      y: -200,
      width: 160,
      height: 60,
      z: 20_000 + i,
    });
  }
}

/** Deletes `count` elements of each kind from the end (with the edges of deleted nodes). */
function remove(files: Files, count: number): void {
  files.processes.processes.splice(-count);
  const ids = new Set(files.processes.processes.map((p) => p.id));
  files.mappings.mappings = files.mappings.mappings.filter((m) => ids.has(m.processId));
  files.mappings.mappings.splice(-count);
  files.diagram.nodes.splice(-count);
  const nodes = new Set(files.diagram.nodes.map((n) => n.id));
  files.diagram.edges = files.diagram.edges.filter(
    (e) => nodes.has(e.source) && nodes.has(e.target),
  );
}

/** The three texts of each file for one scenario: `clean` (different elements) or `conflicts`. */
export function scenario(
  kind: 'clean' | 'conflicts',
): Record<BenchKind, Record<'base' | 'ours' | 'theirs', string>> {
  const start = base();
  const ours = structuredClone(start);
  const theirs = structuredClone(start);
  // Each side renames 1% of every file (ours from element 0, theirs from 1: different ones),
  // adds 50 elements; theirs deletes 50 from the end.
  edit(ours, 0, 100, 'Ours');
  edit(theirs, kind === 'clean' ? 1 : 0, 100, 'Theirs');
  add(ours, 'ours', 50);
  add(theirs, 'theirs', 50);
  remove(theirs, 50);
  if (kind === 'conflicts') {
    // ... and ours also changes 20 of the elements theirs deleted: deletes against edits.
    edit(ours, start.processes.processes.length - 40, 2, 'Ours late');
  }
  const texts = (files: Files) => ({
    processes: fileText('processes', files.processes),
    mappings: fileText('mappings', files.mappings),
    diagram: fileText('diagram', files.diagram),
  });
  const [b, o, t] = [texts(start), texts(ours), texts(theirs)];
  return {
    processes: { base: b.processes, ours: o.processes, theirs: t.processes },
    mappings: { base: b.mappings, ours: o.mappings, theirs: t.mappings },
    diagram: { base: b.diagram, ours: o.diagram, theirs: t.diagram },
  };
}
