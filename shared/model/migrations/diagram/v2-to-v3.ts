import type { MigrationStep } from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Diagram v2 -> v3: every node gets its drawing order `z`. Version 2 drew nodes in the order
 * of the file, so each node's `z` is its place in that order; from version 3 the file keeps
 * nodes and edges sorted by id and `z` alone says what is drawn on top. Everything version 3
 * added besides is optional. Anything that is not a list of objects is passed on untouched,
 * for the schema to name its place.
 */
export const step: MigrationStep = {
  kind: 'diagram',
  from: 2,
  to: 3,
  migrate(file) {
    const { nodes } = file;
    if (!Array.isArray(nodes)) return { ...file };
    return {
      ...file,
      nodes: nodes.map((node: unknown, index) => (isRecord(node) ? { ...node, z: index } : node)),
    };
  },
};
