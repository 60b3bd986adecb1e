import type { MigrationStep } from '../types';

/**
 * Workspace v1 -> v2: version 2 lets a workspace keep its own alignment scale (`alignments`),
 * which is optional: a version 1 file is a valid version 2 file as it is. The version still
 * moves, so that an older build refuses a file that may carry a scale it cannot read.
 */
export const step: MigrationStep = {
  kind: 'workspace',
  from: 1,
  to: 2,
  migrate: (file) => ({ ...file }),
};
