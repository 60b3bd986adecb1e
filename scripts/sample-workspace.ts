import { getBuiltInCatalogue } from '../shared/etom/registry';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../shared/model/document';
import type { DiagramEdge, DiagramFile, DiagramNode } from '../shared/model/diagram-schema';
import type {
  DiagramId,
  EdgeId,
  FrameworkProcessId,
  MappingId,
  NodeId,
  PackId,
  ProcessId,
} from '../shared/model/ids';
import { SCHEMA_VERSIONS } from '../shared/model/schema-versions';
import { FORMAT } from '../shared/model/workspace-schema';
import { SAMPLE_MAPPINGS, SAMPLE_PROCESSES, SAMPLE_SCOPE } from './sample-workspace-data';

const PACK = 'gb921-v25.5' as PackId;
const RELEASE = '25.5';
const STAMP = '2026-11-30T00:00:00.000Z';
const AUTHOR = 'Sample analyst';

const processId = (code: string) => code.toLowerCase() as ProcessId;
const target = (id: string) => ({ pack: PACK, release: RELEASE, id: id as FrameworkProcessId });

/** Steps a row of a flow holds: four fit a 1280 x 720 window's canvas beside both panels. */
const STEPS_PER_ROW = 4;
/** Where a row's steps sit, and how far below them their framework processes do. */
const FIRST_ROW_Y = 60;
const ROW_PITCH = 300;
const FRAMEWORK_BELOW = 140;

/** Where step `i` of a flow goes: left to right, then on in the row below. */
const stepAt = (i: number) => ({
  x: 40 + (i % STEPS_PER_ROW) * 220,
  y: FIRST_ROW_Y + Math.floor(i / STEPS_PER_ROW) * ROW_PITCH,
});

/**
 * A flow of company processes left to right in rows of four, each with the framework process it
 * maps to below it. Two rows fit the canvas at the saved zoom, so the whole flow shows when the
 * diagram opens in a 1280 x 720 window.
 */
function flowDiagram(id: string, name: string, codes: readonly string[]): DiagramFile {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const placed = new Set<string>();
  codes.forEach((code, i) => {
    const nodeId = `n-${code.toLowerCase()}` as NodeId;
    nodes.push({
      id: nodeId,
      kind: 'process',
      processId: processId(code),
      ...stepAt(i),
      width: 180,
      height: 64,
      z: nodes.length,
    });
    if (i > 0) {
      edges.push({
        id: `e-flow-${i}` as EdgeId,
        kind: 'flow',
        source: `n-${codes[i - 1]!.toLowerCase()}` as NodeId,
        target: nodeId,
        // Into the top of a row's first step: the line back runs in the gap above that row,
        // clear of the mapping lines of the row before.
        ...(i % STEPS_PER_ROW === 0 ? { sourceHandle: 'right', targetHandle: 'top' } : {}),
      });
    }
    const mapping = SAMPLE_MAPPINGS.findIndex(([from]) => from === code);
    const first = SAMPLE_MAPPINGS[mapping];
    if (first === undefined) return;
    const frameworkNode = `f-${first[1]}` as NodeId;
    if (!placed.has(first[1])) {
      placed.add(first[1]);
      nodes.push({
        id: frameworkNode,
        kind: 'framework',
        pack: PACK,
        processId: first[1] as FrameworkProcessId,
        x: stepAt(i).x,
        y: stepAt(i).y + FRAMEWORK_BELOW,
        width: 180,
        height: 64,
        z: nodes.length,
      });
    }
    edges.push({
      id: `e-map-${code.toLowerCase()}` as EdgeId,
      kind: 'mapping',
      source: nodeId,
      target: frameworkNode,
      // Down from the step to the eTOM process in the row below: from the right side to the
      // left one (what a connection without sides takes) they all ran along one line.
      sourceHandle: 'bottom',
      targetHandle: 'top',
      mappingId: `map-${mapping + 1}` as MappingId,
    });
  });
  return {
    format: FORMAT.diagram,
    schemaVersion: SCHEMA_VERSIONS.diagram,
    id: id as DiagramId,
    name,
    nodes,
    edges,
    viewport: { x: 10, y: -10, zoom: 0.7 },
  };
}

/**
 * The sample workspace as a document, from the hand-written data, checked against the file
 * schemas and against the built-in GB921 v25.5 pack (every referenced id must exist).
 */
export function buildSampleDocument(): WorkspaceDocument {
  const catalogue = getBuiltInCatalogue(PACK);
  if (catalogue === undefined) throw new Error(`no built-in pack ${PACK}`);
  const order = new Map<string, number>();
  const processes = SAMPLE_PROCESSES.map(([code, name, parent, owner, description]) => {
    const siblings = order.get(parent ?? '') ?? 0;
    order.set(parent ?? '', siblings + 1);
    return {
      id: processId(code),
      name,
      parentId: parent === null ? null : processId(parent),
      order: siblings,
      code,
      owner,
      description,
      level: parent === null ? 0 : 1,
      ...(code === 'TTR-12' || code === 'B2C-12' ? { extension: true as const } : {}),
    };
  });
  const mappings = SAMPLE_MAPPINGS.map(([code, id, alignment, rationale], i) => {
    if (!catalogue.has(id)) throw new Error(`sample mapping ${code} -> ${id}: no such process`);
    return {
      id: `map-${i + 1}` as MappingId,
      processId: processId(code),
      target: target(id),
      alignment,
      rationale,
      status: i % 3 === 0 ? ('approved' as const) : ('reviewed' as const),
      createdBy: AUTHOR,
      createdAt: STAMP,
    };
  });
  const entries = SAMPLE_SCOPE.map(([id, status, review, reason]) => {
    if (!catalogue.has(id)) throw new Error(`sample scope ${id}: no such process`);
    return { target: target(id), status, review, reason, updatedBy: AUTHOR, updatedAt: STAMP };
  });
  const codes = (prefix: string) =>
    SAMPLE_PROCESSES.filter(([code, , parent]) => parent === prefix && code !== 'TTR-12').map(
      ([code]) => code,
    );
  return workspaceDocumentSchema.parse({
    workspace: {
      format: FORMAT.workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace,
      name: 'Kestrel Telecom (sample)',
      framework: { pack: PACK, release: RELEASE },
    },
    processes: { format: FORMAT.processes, schemaVersion: SCHEMA_VERSIONS.processes, processes },
    mappings: { format: FORMAT.mappings, schemaVersion: SCHEMA_VERSIONS.mappings, mappings },
    scope: { format: FORMAT.scope, schemaVersion: SCHEMA_VERSIONS.scope, entries },
    diagrams: [
      flowDiagram('order-to-activate', 'Order to activate', codes('OTA').slice(0, 8)),
      flowDiagram('trouble-to-resolve', 'Trouble to resolve', codes('TTR').slice(0, 8)),
      flowDiagram('bill-to-cash', 'Bill to cash', codes('B2C').slice(0, 8)),
    ],
  });
}
