import type { MigrationStep } from './types';

/**
 * Every migration step this build knows, one file per step per kind:
 * `shared/model/migrations/<kind>/v<N>-to-v<N+1>.ts`, exporting a `MigrationStep` as `step`.
 * Adding a schema version means adding that file, listing it here, and adding its test at
 * `tests/unit/shared/model/migrations/<kind>/v<N>-to-v<N+1>.test.ts` (a meta-test checks that
 * every step file is listed here and has a test).
 *
 * There are no steps yet: version 1 is the first schema.
 */
export const MIGRATIONS: ReadonlyArray<MigrationStep> = [];
