import { newId, type ProcessId } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { CompanyProcess } from '../model/process-schema';
import type { DiagramFile } from '../model/diagram-schema';
import type { ImportedModel, ModelProblem } from './imported-model';
import { planModelDiagrams, type DiagramTarget } from './plan-model-diagrams';

/** The property key that keeps where an imported process came from. */
export const SOURCE_PROPERTY = 'source';

/** The source property's value: `bpmn:order.bpmn#Task_1`; re-imports recognise it. */
export function sourceKey(model: Pick<ImportedModel, 'format' | 'file'>, sourceId: string): string {
  return `${model.format}:${model.file}#${sourceId}`;
}

/** What importing a model would add: a preview; nothing is written until it is accepted. */
export interface ModelImportPlan {
  /** New processes, parents before children. */
  processes: CompanyProcess[];
  /** Elements of the file already in the workspace from an earlier import: left as they are. */
  alreadyImported: number;
  /** New diagrams, when the file's diagrams are imported too. */
  diagrams: DiagramFile[];
  problems: ModelProblem[];
  /** The figures the CLI prints and the dialog shows. */
  counts: {
    elements: number;
    added: number;
    alreadyImported: number;
    skipped: number;
    /** Diagrams the file holds. */
    diagramsInFile: number;
    /** Diagrams, nodes and edges the import creates (none unless diagrams are asked for). */
    diagrams: number;
    nodes: number;
    edges: number;
    problems: number;
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Turns a model read from a BPMN or ArchiMate file into the company processes an import adds
 * to `existing`. Each new process keeps its origin in the `source` property (format, file name
 * and element id), so importing the same file again adds only what is new: an element whose
 * source is already there is counted as already imported, and new children go under it.
 * Names and descriptions too long for the workspace are shortened and reported. With
 * `diagramsInto`, the file's diagrams become new diagrams of the workspace too
 * (`planModelDiagrams`), showing the processes new and already imported.
 */
export function planModelImport(
  model: ImportedModel,
  existing: readonly CompanyProcess[],
  makeId: (prefix: string) => string = newId,
  diagramsInto?: DiagramTarget,
): ModelImportPlan {
  const problems = [...model.problems];
  const bySource = new Map<string, ProcessId>();
  for (const process of existing) {
    const source = process.properties?.find((p) => p.key === SOURCE_PROPERTY)?.value;
    if (source !== undefined) bySource.set(source, process.id);
  }
  const idOf = new Map<string, ProcessId>();
  const processes: CompanyProcess[] = [];
  let alreadyImported = 0;
  // The next free place under each parent, kept as processes are added (not searched each time).
  const nextPlace = new Map<ProcessId | null, number>();
  for (const process of existing) {
    nextPlace.set(
      process.parentId,
      Math.max(nextPlace.get(process.parentId) ?? 0, process.order + 1),
    );
  }
  for (const element of model.elements) {
    const key = sourceKey(model, element.sourceId);
    const known = bySource.get(key);
    if (known !== undefined) {
      idOf.set(element.sourceId, known);
      alreadyImported += 1;
      continue;
    }
    const parentId =
      element.parentSourceId === null ? null : (idOf.get(element.parentSourceId) ?? null);
    if (element.name.length > LIMITS.maxNameLength) {
      problems.push({
        id: element.sourceId,
        message: `the name is longer than ${LIMITS.maxNameLength} characters: shortened`,
      });
    }
    const process: CompanyProcess = {
      id: makeId('p') as ProcessId,
      name: clip(element.name, LIMITS.maxNameLength),
      parentId,
      order: nextPlace.get(parentId) ?? 0,
      properties: [
        { key: SOURCE_PROPERTY, value: key },
        { key: 'type', value: element.kind },
      ],
    };
    if (element.description !== undefined) {
      if (element.description.length > LIMITS.maxTextLength) {
        problems.push({
          id: element.sourceId,
          message: 'the documentation is too long: shortened',
        });
      }
      process.description = clip(element.description, LIMITS.maxTextLength);
    }
    idOf.set(element.sourceId, process.id);
    processes.push(process);
    nextPlace.set(parentId, process.order + 1);
  }
  const skipped = Object.values(model.skipped).reduce((a, b) => a + b, 0);
  const drawn = diagramsInto
    ? planModelDiagrams(model.diagrams, idOf, diagramsInto, makeId)
    : { diagrams: [], problems: [], nodes: 0, edges: 0 };
  problems.push(...drawn.problems);
  return {
    processes,
    alreadyImported,
    diagrams: drawn.diagrams,
    problems,
    counts: {
      elements: model.elements.length,
      added: processes.length,
      alreadyImported,
      skipped,
      diagramsInFile: model.diagrams.length,
      diagrams: drawn.diagrams.length,
      nodes: drawn.nodes,
      edges: drawn.edges,
      problems: problems.length,
    },
  };
}
