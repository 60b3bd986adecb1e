import {
  diagramFileSchema,
  type DiagramEdge,
  type DiagramFile,
  type DiagramNode,
  type HandleSide,
} from '../model/diagram-schema';
import { uniqueSlug, type DiagramId, type EdgeId, type NodeId, type ProcessId } from '../model/ids';
import { emptyDiagram } from '../commands/diagram-commands';
import { LIMITS } from '../model/limits';
import { boundsOf } from '../model/rect';
import type { ImportedDiagram, ImportedShape, ModelProblem } from './imported-model';
import { openingView } from './opening-view';
import { widenToLabels } from './widen-to-label';

/** Where the imported drawing starts: a little in from the canvas's origin. */
const MARGIN = 40;
/**
 * The widest or tallest an imported drawing is made. Real diagrams span a few thousand units;
 * a file whose coordinates run wider (a runaway export) is scaled down to fit, and says so.
 */
export const MAX_IMPORTED_EXTENT = 50_000;
/** The smallest size the canvas lets each kind of node be resized to (renderer/canvas/nodes). */
const MIN_SIZE = {
  process: { width: 60, height: 32 },
  other: { width: 60, height: 32 },
  note: { width: 80, height: 40 },
  group: { width: 120, height: 60 },
  lane: { width: 240, height: 80 },
} as const;

/** The workspace a diagram import goes into: names and ids its new diagrams must not take. */
export interface DiagramTarget {
  /** Names of the workspace's diagrams (new ones get " (2)"... when theirs is taken). */
  names: Iterable<string>;
  /** Diagram ids taken: the workspace's, and those of deleted diagrams undo can bring back. */
  ids: Iterable<string>;
}

/** The diagrams an import would create, with what they leave out. */
export interface DiagramsPlan {
  diagrams: DiagramFile[];
  problems: ModelProblem[];
  nodes: number;
  edges: number;
}

/**
 * Turns the diagrams read from a BPMN or ArchiMate file into workspace diagrams (schema v3):
 * shapes of elements that are company processes (`processOf`: new or already imported) become
 * process nodes; containers groups or lanes holding their members (`parentId`; coordinates
 * stay absolute, as the canvas keeps them); notes notes; other elements boxes tagged with their
 * type; connections flow or association edges whose ends are the sides nearest to where the
 * file draws them. The drawing is moved to start near (0, 0) and scaled down only when it is
 * wider than MAX_IMPORTED_EXTENT; sizes are at least the canvas's smallest, and a box too small
 * for its label grows where there is room (`widenToLabels`); it opens with the whole drawing in
 * view (`openingView`). Each diagram is checked against the diagram schema; one that fails is
 * reported, not created.
 */
export function planModelDiagrams(
  imported: readonly ImportedDiagram[],
  processOf: ReadonlyMap<string, ProcessId>,
  target: DiagramTarget,
  makeId: (prefix: string) => string,
): DiagramsPlan {
  const plan: DiagramsPlan = { diagrams: [], problems: [], nodes: 0, edges: 0 };
  const names = new Set([...target.names].map((n) => n.toLowerCase()));
  const ids = new Set(target.ids);
  for (const source of imported) {
    if (source.shapes.length === 0) {
      plan.problems.push({
        id: source.sourceId,
        message: 'the diagram has no shape that can be drawn: not created',
      });
      continue;
    }
    const name = uniqueName(source.name, names);
    const id = uniqueSlug(name, ids) as DiagramId;
    const diagram = toDiagram(source, id, name, processOf, makeId, plan.problems);
    const checked = diagramFileSchema.safeParse(diagram);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      plan.problems.push({
        id: source.sourceId,
        message: `the diagram does not fit a workspace diagram (${issue?.path.join('.')}: ${issue?.message}): not created`,
      });
      continue;
    }
    names.add(name.toLowerCase());
    ids.add(id);
    plan.diagrams.push(checked.data);
    plan.nodes += diagram.nodes.length;
    plan.edges += diagram.edges.length;
  }
  return plan;
}

/** `name`, shortened to a name's length, with " (2)", " (3)"... when the workspace has it. */
function uniqueName(raw: string, taken: ReadonlySet<string>): string {
  const base = (raw.trim() || 'Imported diagram').slice(0, LIMITS.maxNameLength - 8).trim();
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

type Box = Pick<ImportedShape, 'x' | 'y' | 'width' | 'height'>;

/** The move and scale that bring the drawing near (0, 0) within MAX_IMPORTED_EXTENT. */
interface Placement {
  scale: number;
  at(x: number, y: number): { x: number; y: number };
}

function placementOf(shapes: readonly Box[]): Placement | null {
  const drawn = boundsOf(shapes);
  if (drawn === null) return null;
  const { x: minX, y: minY } = drawn;
  const extent = Math.max(drawn.width, drawn.height);
  if (!Number.isFinite(extent)) return null;
  const scale = extent > MAX_IMPORTED_EXTENT ? MAX_IMPORTED_EXTENT / extent : 1;
  return {
    scale,
    at: (x, y) => ({ x: (x - minX) * scale + MARGIN, y: (y - minY) * scale + MARGIN }),
  };
}

/** The side of `box` facing `point` (a waypoint on its border, or another shape's centre). */
export function sideToward(box: Box, point: { x: number; y: number }): HandleSide {
  const dx = (point.x - (box.x + box.width / 2)) / box.width;
  const dy = (point.y - (box.y + box.height / 2)) / box.height;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** A shape's place on the canvas: moved, scaled, grown about its centre to the smallest size. */
function canvasBox(
  shape: ImportedShape,
  placement: Placement,
  min: { width: number; height: number },
) {
  const corner = placement.at(shape.x, shape.y);
  const w = shape.width * placement.scale;
  const h = shape.height * placement.scale;
  const width = Math.min(Math.max(w, min.width), 100_000);
  const height = Math.min(Math.max(h, min.height), 100_000);
  return {
    x: Math.round(corner.x - (width - w) / 2),
    y: Math.round(corner.y - (height - h) / 2),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/** How deep a shape sits in containers (0 at the top). */
function depthOf(shape: ImportedShape, byId: ReadonlyMap<string, ImportedShape>): number {
  let depth = 0;
  for (let p = shape.parentId; p !== null && depth < 100; p = byId.get(p)?.parentId ?? null) {
    depth += 1;
  }
  return depth;
}

function toDiagram(
  source: ImportedDiagram,
  id: DiagramId,
  name: string,
  processOf: ReadonlyMap<string, ProcessId>,
  makeId: (prefix: string) => string,
  problems: ModelProblem[],
): DiagramFile {
  const diagram = emptyDiagram(id, name);
  const placement = placementOf(source.shapes);
  if (placement === null) {
    problems.push({
      id: source.sourceId,
      message: "the diagram's coordinates run beyond what a number holds: not created",
    });
    return diagram;
  }
  if (placement.scale < 1) {
    problems.push({
      id: source.sourceId,
      message: `the drawing is wider than ${MAX_IMPORTED_EXTENT.toLocaleString('en')} units: scaled down to ${(placement.scale * 100).toPrecision(2)}%`,
    });
  }
  const byShape = new Map(source.shapes.map((s) => [s.id, s]));
  // Containers first, outer before inner, so that each is drawn behind what it holds.
  const ordered = [...source.shapes].sort((a, b) => {
    const rank = (s: ImportedShape) => (s.role === 'container' ? depthOf(s, byShape) : 1_000);
    return rank(a) - rank(b);
  });
  const nodeOf = new Map<string, NodeId>();
  for (const shape of ordered) nodeOf.set(shape.id, makeId('n') as NodeId);
  ordered.forEach((shape, z) => {
    const node = toNode(shape, nodeOf, processOf, placement, z);
    diagram.nodes.push(node);
  });
  widenToLabels(diagram.nodes);
  diagram.viewport = openingView(diagram.nodes, MARGIN);
  for (const connection of source.edges) {
    const from = byShape.get(connection.from);
    const to = byShape.get(connection.to);
    const sourceNode = nodeOf.get(connection.from);
    const targetNode = nodeOf.get(connection.to);
    if (!from || !to || !sourceNode || !targetNode) continue;
    const edge: DiagramEdge = {
      id: makeId('e') as EdgeId,
      kind: connection.kind,
      source: sourceNode,
      target: targetNode,
      sourceHandle: sideToward(from, connection.start ?? centre(to)),
      targetHandle: sideToward(to, connection.end ?? centre(from)),
    };
    if (connection.label !== '') edge.label = clip(connection.label, LIMITS.maxTextLength);
    diagram.edges.push(edge);
  }
  return diagram;
}

function toNode(
  shape: ImportedShape,
  nodeOf: ReadonlyMap<string, NodeId>,
  processOf: ReadonlyMap<string, ProcessId>,
  placement: Placement,
  z: number,
): DiagramNode {
  const id = nodeOf.get(shape.id)!;
  const parentId = shape.parentId === null ? undefined : nodeOf.get(shape.parentId);
  const base = (min: { width: number; height: number }) => ({
    id,
    ...canvasBox(shape, placement, min),
    z,
    ...(parentId === undefined ? {} : { parentId }),
  });
  const processId = shape.elementId === null ? undefined : processOf.get(shape.elementId);
  if (shape.role === 'process' && processId !== undefined)
    return { ...base(MIN_SIZE.process), kind: 'process', processId };
  if (shape.role === 'container') {
    const variant = shape.variant ?? 'group';
    return {
      ...base(MIN_SIZE[variant]),
      kind: 'group',
      variant,
      label: clip(shape.label, LIMITS.maxTextLength),
    };
  }
  if (shape.role === 'note')
    return { ...base(MIN_SIZE.note), kind: 'note', text: clip(shape.label, LIMITS.maxTextLength) };
  const tag = shape.type.slice(0, 60);
  return {
    ...base(MIN_SIZE.other),
    kind: 'box',
    label: clip(shape.label, LIMITS.maxTextLength),
    ...(tag === '' ? {} : { tags: [tag] }),
  };
}
