/**
 * Our half of the benchmark's input: a workspace folder whose one diagram is the benchmark
 * grid (canvas-layout.ts), written as the app writes its files, with company processes and
 * framework processes of the built-in pack for the process and framework nodes to name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDocument, writeWorkspaceFiles } from '../../tests/fixtures/workspace-builder';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../../shared/model/diagram-schema';
import type {
  DiagramId,
  EdgeId,
  FrameworkProcessId,
  NodeId,
  ProcessId,
} from '../../shared/model/ids';
import { SCHEMA_VERSIONS } from '../../shared/model/schema-versions';
import { FORMAT } from '../../shared/model/workspace-schema';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  START_VIEW,
  benchLayout,
  type BenchLayout,
  type BenchNode,
} from './canvas-layout';

const PACK = 'gb921-v25.5';
const COMPANY_PROCESSES = 50;

/** Level-3 process ids of the built-in pack, for framework nodes to refer to. */
async function frameworkIds(): Promise<string[]> {
  const text = await readFile(join('shared', 'etom', 'packs', `${PACK}.json`), 'utf8');
  const pack = JSON.parse(text) as { processes: { id: string; level: number }[] };
  return pack.processes.filter((p) => p.level === 3).map((p) => p.id);
}

const nodeId = (index: number) => `n-${index}` as NodeId;

function diagramNode(node: BenchNode, framework: readonly string[]): DiagramNode {
  const base = {
    id: nodeId(node.index),
    x: node.x,
    y: node.y,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    z: 0,
  };
  switch (node.kind) {
    case 'box':
      return { ...base, kind: 'box', label: `Step ${node.index}` };
    case 'note':
      return { ...base, kind: 'note', text: `Note ${node.index}` };
    case 'framework':
      return {
        ...base,
        kind: 'framework',
        pack: PACK,
        processId: (framework[node.index % framework.length] ?? '1.1.1.1') as FrameworkProcessId,
      };
    case 'process':
      return {
        ...base,
        kind: 'process',
        processId: `p-${node.index % COMPANY_PROCESSES}` as ProcessId,
      };
  }
}

/** The benchmark grid as one of our diagrams; an edge touching a note is an association. */
export function benchDiagram(layout: BenchLayout, framework: readonly string[]): DiagramFile {
  const kindOf = (index: number) => layout.nodes[index]?.kind;
  const edges: DiagramEdge[] = layout.edges.map((edge) => ({
    id: `e-${edge.index}` as EdgeId,
    kind: kindOf(edge.source) === 'note' || kindOf(edge.target) === 'note' ? 'association' : 'flow',
    source: nodeId(edge.source),
    target: nodeId(edge.target),
  }));
  return {
    format: FORMAT.diagram,
    schemaVersion: SCHEMA_VERSIONS.diagram,
    id: 'bench' as DiagramId,
    name: `Bench ${layout.nodes.length}`,
    nodes: layout.nodes.map((n) => diagramNode(n, framework)),
    edges,
    viewport: { ...START_VIEW },
  };
}

/** Writes the workspace for `count` nodes into `folder`; returns the grid it drew. */
export async function writeBenchWorkspace(folder: string, count: number): Promise<BenchLayout> {
  const layout = benchLayout(count);
  const document = buildDocument({
    name: `Canvas bench ${count}`,
    diagrams: 0,
    processes: COMPANY_PROCESSES,
  });
  document.diagrams.push(benchDiagram(layout, await frameworkIds()));
  await writeWorkspaceFiles(folder, document);
  return layout;
}
