import type { DiagramFile } from '../model/diagram-schema';
import type { FileTypes } from '../model/validate';
import type { FileKind } from '../model/migrations/types';

const q = (text: string): string => JSON.stringify(text);

function diagramLines(diagram: DiagramFile): string[] {
  const nodeLine = (node: DiagramFile['nodes'][number]): string => {
    const what =
      node.kind === 'box' || node.kind === 'group'
        ? q(node.label)
        : node.kind === 'note' || node.kind === 'text'
          ? q(node.text)
          : node.kind === 'framework'
            ? `${node.pack} ${node.processId}`
            : `process ${node.processId}`;
    const parent = node.parentId ? ` in ${node.parentId}` : '';
    const style = node.style ? ` style ${JSON.stringify(node.style)}` : '';
    return `node ${node.id} ${node.kind} ${what} at ${node.x},${node.y} size ${node.width}x${node.height}${parent}${style}`;
  };
  const edgeLine = (edge: DiagramFile['edges'][number]): string =>
    `edge ${edge.id} ${edge.kind} ${edge.source} -> ${edge.target}${edge.label ? ` ${q(edge.label)}` : ''}`;
  return [
    `diagram ${diagram.id} ${q(diagram.name)}`,
    ...diagram.nodes.map(nodeLine),
    ...diagram.edges.map(edgeLine),
  ];
}

/**
 * One workspace file in words, one line per element sorted as in the file (a git textconv:
 * `git diff` of two versions then shows which elements changed, not which JSON lines).
 * Viewports are left out: they are not changes.
 */
export function fileWords<K extends FileKind>(kind: K, value: FileTypes[K]): string {
  let lines: string[];
  switch (kind) {
    case 'workspace': {
      const file = value as FileTypes['workspace'];
      lines = [
        `workspace ${q(file.name)} framework ${file.framework.pack} ${file.framework.release}`,
      ];
      break;
    }
    case 'processes':
      lines = (value as FileTypes['processes']).processes.map(
        (p) => `process ${p.id} ${q(p.name)} parent ${p.parentId ?? '-'} order ${p.order}`,
      );
      break;
    case 'mappings':
      lines = (value as FileTypes['mappings']).mappings.map(
        (m) =>
          `mapping ${m.id} ${m.processId} -> ${m.target.pack} ${m.target.id} ${m.alignment} ${m.status}`,
      );
      break;
    case 'scope':
      lines = (value as FileTypes['scope']).entries.map(
        (e) => `scope ${e.target.pack} ${e.target.id} ${e.status}`,
      );
      break;
    default:
      lines = diagramLines(value as DiagramFile);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
