import type { DiagramFile, DiagramNode } from '../../../shared/model/diagram-schema';
import type { Invocation } from '../../../shared/commands/types';
import { heightToShowAll } from '../../../shared/render/node-text';

const MIN_HEIGHT = 32;

type Fittable = Extract<DiagramNode, { kind: 'box' | 'note' | 'text' }>;

/** A node "Fit to text" can size: a box, a note or free text. */
const fittable = (node: DiagramNode): node is Fittable =>
  node.kind === 'box' || node.kind === 'note' || node.kind === 'text';

/**
 * The resizes that let each selected box, note or free text show all of its text at its
 * width (taller or shorter), or none when every one already fits.
 */
export function fitToTextCommands(diagram: DiagramFile, ids: ReadonlySet<string>): Invocation[] {
  const commands: Invocation[] = [];
  for (const node of diagram.nodes) {
    if (!ids.has(node.id) || node.locked) continue;
    if (!fittable(node)) continue;
    const text = node.kind === 'box' ? node.label : node.text;
    // Measured as the node draws its lines (shared/render/node-text.ts), on screen and exported.
    const height = heightToShowAll(node.kind, text, node.width, MIN_HEIGHT);
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
  return diagram.nodes.some((n) => ids.has(n.id) && fittable(n) && !n.locked);
}
