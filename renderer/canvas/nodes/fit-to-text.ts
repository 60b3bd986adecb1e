import type { DiagramFile, DiagramNode } from '../../../shared/model/diagram-schema';
import type { Invocation } from '../../../shared/commands/types';
import { editableText } from '../../../shared/commands/element-commands';
import { heightToFit, type Measure } from '../text-fit';

// The horizontal padding and border the node CSS keeps around text (nodes.css `.element`).
const PADDING = 24;
const MIN_HEIGHT = 32;

/** Text a "Fit to text" can size a node for: boxes, notes and free text. */
function fittable(node: DiagramNode): string | null {
  return node.kind === 'box' || node.kind === 'note' || node.kind === 'text'
    ? editableText(node)
    : null;
}

/**
 * The resizes that let each selected box, note or free text show all of its text at its
 * width (taller or shorter), or none when every one already fits.
 */
export function fitToTextCommands(
  diagram: DiagramFile,
  ids: ReadonlySet<string>,
  measureFor: (kind: DiagramNode['kind']) => Measure,
): Invocation[] {
  const commands: Invocation[] = [];
  for (const node of diagram.nodes) {
    if (!ids.has(node.id) || node.locked) continue;
    const text = fittable(node);
    if (text === null) continue;
    const height = heightToFit(text, node.width, measureFor(node.kind), {
      padding: PADDING,
      minHeight: MIN_HEIGHT,
    });
    if (height === node.height) continue;
    commands.push({
      name: 'element.resize',
      args: { diagramId: diagram.id, id: node.id, x: node.x, y: node.y, width: node.width, height },
    });
  }
  return commands;
}

/** True when the selection holds a node "Fit to text" can size. */
export function canFitToText(diagram: DiagramFile, ids: ReadonlySet<string>): boolean {
  return diagram.nodes.some((n) => ids.has(n.id) && fittable(n) !== null && !n.locked);
}

let context: CanvasRenderingContext2D | null = null;

/** Measures text in the canvas's node font (13 px; free text is 14 px bold, a little wider). */
export function nodeTextMeasure(kind: DiagramNode['kind']): Measure {
  context ??= document.createElement('canvas').getContext('2d');
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const spec = kind === 'text' ? `600 14px ${font}` : `13px ${font}`;
  return (text) => {
    if (!context) return text.length * 8;
    context.font = spec;
    return context.measureText(text).width;
  };
}
