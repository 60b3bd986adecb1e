/** The tools whose files become company processes. */
export const MODEL_IMPORT_FORMATS = ['bpmn', 'archimate'] as const;
export type ModelImportFormat = (typeof MODEL_IMPORT_FORMATS)[number];

/** One element of the file that becomes a company process. */
export interface ImportedElement {
  /** Its id in the file (BPMN `id`, ArchiMate `identifier`). */
  sourceId: string;
  name: string;
  /** What it was in the file: `userTask`, `lane`, `BusinessProcess`… */
  kind: string;
  /** The element it sits under, or null at the top. */
  parentSourceId: string | null;
  description?: string;
}

/**
 * What a shape of the file's diagram is drawn as: `process`, the company process its element
 * became; `container`, a group or lane holding the shapes inside it (BPMN pools, lanes and
 * expanded sub-processes, ArchiMate nodes holding others and containers); `note`, an annotation
 * or label; `other`, a box for an element that is not a process (an event, an actor...).
 */
export type ImportedShapeRole = 'process' | 'container' | 'note' | 'other';

/** A shape of a diagram of the file, in the file's coordinates. */
export interface ImportedShape {
  /** The shape's own id in the file (BPMN DI shape, ArchiMate view node). */
  id: string;
  /** The element it shows, or null (an ArchiMate label or container). */
  elementId: string | null;
  role: ImportedShapeRole;
  /** For containers: a lane (BPMN pools and lanes, horizontal bands) or a group. */
  variant?: 'group' | 'lane';
  /** The text drawn: the element's name, the annotation's text. */
  label: string;
  /** The element's type in the file (`startEvent`, `BusinessActor`…), '' when it has none. */
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The container shape it sits in (nesting, or the smallest container around it), or null. */
  parentId: string | null;
}

/** A connection drawn on a diagram of the file, between two of its shapes. */
export interface ImportedConnection {
  /** The connection's own id in the file (BPMN DI edge, ArchiMate view connection). */
  id: string;
  /** The flow or relationship it draws, or null (an ArchiMate line). */
  elementId: string | null;
  /** `flow` for sequence flows, ArchiMate triggering and flow; `association` for the rest. */
  kind: 'flow' | 'association';
  /** Shape ids. */
  from: string;
  to: string;
  label: string;
  /** Where it leaves and reaches its shapes, when the file says (first and last waypoint). */
  start: { x: number; y: number } | null;
  end: { x: number; y: number } | null;
}

/** A diagram (BPMN DI diagram, ArchiMate view) with the shapes and connections it can keep. */
export interface ImportedDiagram {
  sourceId: string;
  name: string;
  shapes: ImportedShape[];
  edges: ImportedConnection[];
}

/** Something of the file that is not imported as it stands, by the element id it concerns. */
export interface ModelProblem {
  /** The element's id in the file, or '' for the file as a whole. */
  id: string;
  message: string;
}

/**
 * What a BPMN or ArchiMate file holds for an import, read without the workspace: the elements
 * in document order (a parent always before its children), the diagrams, what was left aside.
 */
export interface ImportedModel {
  format: ModelImportFormat;
  /** The file's name (no folder), which the processes' source property keeps. */
  file: string;
  elements: ImportedElement[];
  diagrams: ImportedDiagram[];
  problems: ModelProblem[];
  /** Elements of the file read but not imported (events, gateways, data…), by kind. */
  skipped: Record<string, number>;
}
