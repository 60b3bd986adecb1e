import type { MigrationStep } from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Diagram v1 -> v2: every edge says what kind of connection it is. Version 1 knew one kind,
 * drawn with an arrow from one step to the next, so each v1 edge becomes a `flow`. Anything
 * that is not a list of objects is passed on untouched, for the schema to name its place.
 */
export const step: MigrationStep = {
  kind: 'diagram',
  from: 1,
  to: 2,
  migrate(file) {
    const { edges } = file;
    if (!Array.isArray(edges)) return { ...file };
    return {
      ...file,
      edges: edges.map((edge: unknown) => (isRecord(edge) ? { ...edge, kind: 'flow' } : edge)),
    };
  },
};
