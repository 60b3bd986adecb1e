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

/** A shape of a diagram of the file, in the file's coordinates. */
export interface ImportedShape {
  sourceId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A diagram (BPMN DI plane, ArchiMate view), with the shapes of imported elements only. */
export interface ImportedDiagram {
  sourceId: string;
  name: string;
  shapes: ImportedShape[];
  /** Connections between two imported elements. */
  edges: Array<{ sourceId: string; from: string; to: string }>;
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
