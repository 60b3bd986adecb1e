import { step as diagramV1ToV2 } from './diagram/v1-to-v2';
import { step as diagramV2ToV3 } from './diagram/v2-to-v3';
import { step as mappingsV1ToV2 } from './mappings/v1-to-v2';
import { step as processesV1ToV2 } from './processes/v1-to-v2';
import { step as workspaceV1ToV2 } from './workspace/v1-to-v2';
import type { MigrationStep } from './types';

/**
 * Every migration step this build knows, one file per step per kind:
 * `shared/model/migrations/<kind>/v<N>-to-v<N+1>.ts`, exporting a `MigrationStep` as `step`.
 * Adding a schema version means adding that file, listing it here, and adding its test at
 * `tests/unit/shared/model/migrations/<kind>/v<N>-to-v<N+1>.test.ts` and a fixture of the old
 * version in `tests/fixtures/migrations/` (a meta-test checks all three).
 */
export const MIGRATIONS: ReadonlyArray<MigrationStep> = [
  workspaceV1ToV2,
  processesV1ToV2,
  mappingsV1ToV2,
  diagramV1ToV2,
  diagramV2ToV3,
];
