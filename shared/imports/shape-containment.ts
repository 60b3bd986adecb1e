import type { ImportedShape } from './imported-model';

const area = (s: ImportedShape): number => s.width * s.height;

/**
 * Sets the `parentId` of each shape that has none to the smallest container shape around its
 * centre (BPMN DI lists pools, lanes and what they hold side by side; the drawing says who
 * holds whom). A container only holds shapes smaller than itself, so no two hold each other.
 */
export function placeInContainers(shapes: ImportedShape[]): void {
  const containers = shapes.filter((s) => s.role === 'container').sort((a, b) => area(a) - area(b));
  if (containers.length === 0) return;
  for (const shape of shapes) {
    if (shape.parentId !== null) continue;
    const cx = shape.x + shape.width / 2;
    const cy = shape.y + shape.height / 2;
    const holder = containers.find(
      (c) =>
        c !== shape &&
        area(c) > area(shape) &&
        cx >= c.x &&
        cx <= c.x + c.width &&
        cy >= c.y &&
        cy <= c.y + c.height,
    );
    if (holder) shape.parentId = holder.id;
  }
}
