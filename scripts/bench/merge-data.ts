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

/**
 * Deletes the last `count` processes with their mappings (two each: 100 for 50) and the last
 * `count` nodes with their connections, as an analyst deleting them in the app would.
 */
function remove(files: Files, count: number): void {
  files.processes.processes.splice(-count);
  const ids = new Set(files.processes.processes.map((p) => p.id));
  files.mappings.mappings = files.mappings.mappings.filter((m) => ids.has(m.processId));
  files.diagram.nodes.splice(-count);
  const nodes = new Set(files.diagram.nodes.map((n) => n.id));
  files.diagram.edges = files.diagram.edges.filter(
    (e) => nodes.has(e.source) && nodes.has(e.target),
  );
}

/** Edits `count` elements of each kind that `deleted` no longer has (every other one). */
function editDeleted(files: Files, deleted: Files, count: number, text: string): void {
  const pick = <T extends { id: string }>(all: T[], kept: readonly T[]): T[] => {
    const left = new Set(kept.map((item) => item.id));
    return all
      .filter((item) => !left.has(item.id))
      .filter((_, i) => i % 2 === 0)
      .slice(-count);
  };
  for (const p of pick(files.processes.processes, deleted.processes.processes))
    p.name = `${text} ${p.id}`;
  for (const m of pick(files.mappings.mappings, deleted.mappings.mappings))
    m.rationale = `${text} ${m.id}`;
  for (const n of pick(files.diagram.nodes, deleted.diagram.nodes))
    (n as { label: string }).label = `${text} ${n.id}`;
}

/** How many elements of a file both sides changed to different values, or one edited and the other deleted. */
function conflictsOf(base: Files, ours: Files, theirs: Files): Record<BenchKind, number> {
  const count = <T extends { id: string }>(b: T[], o: T[], t: T[]): number => {
    const [mine, other] = [new Map(o.map((x) => [x.id, x])), new Map(t.map((x) => [x.id, x]))];
    const text = (x: T | undefined) => JSON.stringify(x);
    return b.filter((x) => {
      const [a, c] = [mine.get(x.id), other.get(x.id)];
      const [oursChanged, theirsChanged] = [text(a) !== text(x), text(c) !== text(x)];
      return oursChanged && theirsChanged && text(a) !== text(c);
    }).length;
  };
  return {
    processes: count(
      base.processes.processes,
      ours.processes.processes,
      theirs.processes.processes,
    ),
    mappings: count(base.mappings.mappings, ours.mappings.mappings, theirs.mappings.mappings),
    diagram:
      count(base.diagram.nodes, ours.diagram.nodes, theirs.diagram.nodes) +
      count(base.diagram.edges, ours.diagram.edges, theirs.diagram.edges),
  };
}

/** The edits of each scenario, in words, for the report's header. */
export const SCENARIO_WORDS = {
  clean:
    'each side renames 1% of every file (different elements) and adds 50 elements; theirs deletes the last 50 processes with their 100 mappings and the last 50 nodes with their 50 connections',
  conflicts:
    'the same, but both sides rename the same 1% (50 processes, 100 mappings, 50 nodes) to different names, and ours also edits 20 of the processes, mappings and nodes theirs deleted',
} as const;

/** The texts of one file for one scenario, and the conflicts the scenario holds by construction. */
export type ScenarioFile = Record<'base' | 'ours' | 'theirs', string> & { expected: number };

/** The three texts of each file for one scenario: `clean` (different elements) or `conflicts`. */
export function scenario(kind: 'clean' | 'conflicts'): Record<BenchKind, ScenarioFile> {
  const start = base();
  const ours = structuredClone(start);
  const theirs = structuredClone(start);
  // Each side renames 1% of every file (ours from element 0; theirs from 1, other elements,
  // or from 0 too: the same elements), and adds 50; theirs deletes 50 processes (with their
  // mappings) and 50 nodes of the base, before adding its own.
  edit(ours, 0, 100, 'Ours');
  edit(theirs, kind === 'clean' ? 1 : 0, 100, 'Theirs');
  remove(theirs, 50);
  if (kind === 'conflicts') {
    // ... and ours also changes 20 of the elements theirs deleted: deletes against edits.
    editDeleted(ours, theirs, 20, 'Ours late');
  }
  add(ours, 'ours', 50);
  add(theirs, 'theirs', 50);
  const expected = conflictsOf(start, ours, theirs);
  const texts = (files: Files) => ({
    processes: fileText('processes', files.processes),
    mappings: fileText('mappings', files.mappings),
    diagram: fileText('diagram', files.diagram),
  });
  const [b, o, t] = [texts(start), texts(ours), texts(theirs)];
  return {
    processes: {
      base: b.processes,
      ours: o.processes,
      theirs: t.processes,
      expected: expected.processes,
    },
    mappings: {
      base: b.mappings,
      ours: o.mappings,
      theirs: t.mappings,
      expected: expected.mappings,
    },
    diagram: { base: b.diagram, ours: o.diagram, theirs: t.diagram, expected: expected.diagram },
  };
}

/** A whole workspace folder's files (path -> text) around one version of the three files. */
function folderTexts(files: Files): Record<string, string> {
  return {
    'workspace.json': fileText('workspace', {
      format: FORMAT.workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace,
      name: 'Bench',
      framework: { pack: 'gb921-v25.5', release: '25.5' },
    }),
    'scope.json': fileText('scope', {
      format: FORMAT.scope,
      schemaVersion: SCHEMA_VERSIONS.scope,
      entries: [],
    }),
    'processes.json': fileText('processes', files.processes),
    'mappings.json': fileText('mappings', files.mappings),
    'diagrams/big.json': fileText('diagram', files.diagram),
  };
}

/**
 * Two workspace folders for the diff rows: the base, and theirs of the clean scenario (1%
 * renamed, 50 processes with their 100 mappings and 50 nodes with their connections deleted,
 * 50 of each added).
 */
export function diffPair(): { before: Record<string, string>; after: Record<string, string> } {
  const start = base();
  const after = structuredClone(start);
  edit(after, 1, 100, 'Theirs');
  remove(after, 50);
  add(after, 'theirs', 50);
  return { before: folderTexts(start), after: folderTexts(after) };
}
