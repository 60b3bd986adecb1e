import type { WorkspaceDocument } from '../../shared/model/document';
import { EmptyDrawingError, type DiagramTheme } from '../../shared/render/diagram-svg';
import { drawDiagram } from './draw-diagram';
import type { JobControl } from './useExportJob';

/** The pictures of a whole-workspace PDF, and the diagrams left out for having nothing to draw. */
export interface DrawnDiagrams {
  pictures: { svg: string; title: string }[];
  leftOut: string[];
}

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * Draws every diagram of `document` as its export does, one at a time with a pause between
 * (so the progress paints and Cancel is heard: a 5,000-node diagram takes a good part of a
 * second); null when cancelled. An empty diagram is left out, by name.
 */
export async function drawAllDiagrams(
  document: WorkspaceDocument,
  choice: { theme: DiagramTheme; transparent: boolean },
  control: JobControl,
): Promise<DrawnDiagrams | null> {
  const drawn: DrawnDiagrams = { pictures: [], leftOut: [] };
  const total = document.diagrams.length;
  for (const [index, diagram] of document.diagrams.entries()) {
    control.say({ step: 'preparing', done: index, total });
    await nextTask();
    if (control.cancelled()) return null;
    try {
      const svg = drawDiagram(document, diagram, { ...choice, selection: null });
      drawn.pictures.push({ svg, title: diagram.name.trim() || diagram.id });
    } catch (error) {
      if (!(error instanceof EmptyDrawingError)) throw error;
      drawn.leftOut.push(diagram.name);
    }
  }
  return drawn;
}
