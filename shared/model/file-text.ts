import { toCanonicalJson } from '../codecs/canonical-json';
import { targetKey } from './framework-ref';
import type { FileKind, FileTypes } from './validate';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compare(key(a), key(b)));
}

const byId = (item: { id: string }): string => item.id;

/** Each kind's value with the sets it holds in their written order. */
const STORED: { [K in FileKind]: (value: FileTypes[K]) => FileTypes[K] } = {
  workspace: (file) => file,
  // Sibling order is each process's `order`, never its place in the file.
  processes: (file) => ({ ...file, processes: sortedBy(file.processes, byId) }),
  mappings: (file) => ({ ...file, mappings: sortedBy(file.mappings, byId) }),
  scope: (file) => ({ ...file, entries: sortedBy(file.entries, (e) => targetKey(e.target)) }),
  // What is drawn on top is each node's `z`, never its place in the file.
  diagram: (file) => ({
    ...file,
    nodes: sortedBy(file.nodes, byId),
    edges: sortedBy(file.edges, byId),
  }),
};

/**
 * The text a workspace file of `kind` is written as: canonical JSON (stable key order, two
 * spaces, a trailing newline), with every set it holds (processes, mappings, scope entries,
 * nodes, edges) sorted by id, so that two people adding elements add lines in different places
 * and a merge sees no conflict. The same value always gives the same bytes, so a save with no
 * change writes nothing.
 */
export function fileText<K extends FileKind>(kind: K, value: FileTypes[K]): string {
  return toCanonicalJson(STORED[kind](value));
}
