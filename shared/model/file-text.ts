import { toCanonicalJson } from '../codecs/canonical-json';
import type { DiagramFile } from './diagram-schema';
import type { FileTypes } from './validate';
import type { FileKind } from './migrations/types';

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A diagram as it is written: nodes and edges sorted by id, so that two people adding elements
 * add lines in different places and a merge sees no conflict. What is drawn on top is each
 * node's `z`, never its place in the file.
 */
function storedDiagram(diagram: DiagramFile): DiagramFile {
  return { ...diagram, nodes: byId(diagram.nodes), edges: byId(diagram.edges) };
}

/**
 * The text a workspace file of `kind` is written as: canonical JSON (stable key order, two
 * spaces, a trailing newline), with the sets it holds in a stable order. The same value always
 * gives the same bytes, so a save with no change writes nothing.
 */
export function fileText<K extends FileKind>(kind: K, value: FileTypes[K]): string {
  if (kind === 'diagram') return toCanonicalJson(storedDiagram(value as DiagramFile));
  return toCanonicalJson(value);
}
