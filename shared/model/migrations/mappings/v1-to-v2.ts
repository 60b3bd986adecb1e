import { MigrationError } from '../run';
import type { MigrationStep } from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Mappings v1 -> v2: the framework side becomes a full reference. A version 1 mapping named a
 * bare `frameworkProcessId`, meaning a process of the workspace's own pack, so the pack and
 * release come from workspace.json (the migration context). Each mapping starts as a draft.
 * A v1 alignment (`full`, `partial`, `extension`) keeps its id: the first two are in the default
 * scale; an `extension` shows as an alignment the workspace's scale lacks, for the analyst to
 * decide. Anything malformed is passed on untouched, for the schema to name its place.
 */
export const step: MigrationStep = {
  kind: 'mappings',
  from: 1,
  to: 2,
  migrate(file, context = {}) {
    const { mappings } = file;
    if (!Array.isArray(mappings)) return { ...file };
    if (mappings.length > 0 && context.framework === undefined) {
      throw new MigrationError("version 1 mappings need the workspace's framework pack");
    }
    return {
      ...file,
      mappings: mappings.map((mapping: unknown) => {
        if (!isRecord(mapping) || context.framework === undefined) return mapping;
        const { frameworkProcessId, ...rest } = mapping;
        return {
          ...rest,
          target: {
            pack: context.framework.pack,
            release: context.framework.release,
            id: frameworkProcessId,
          },
          status: 'draft',
        };
      }),
    };
  },
};
