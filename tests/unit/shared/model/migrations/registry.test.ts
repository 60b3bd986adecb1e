import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../../shared/model/migrations/registry';
import { FILE_KINDS } from '../../../../../shared/model/migrations/types';
import { SCHEMA_VERSIONS } from '../../../../../shared/model/schema-versions';

const root = path.resolve(import.meta.dirname, '../../../../..');
const migrationsDir = path.join(root, 'shared/model/migrations');
const testsDir = path.join(root, 'tests/unit/shared/model/migrations');

/** Every step file on disk: `shared/model/migrations/<kind>/v<N>-to-v<M>.ts`. */
function stepFiles(): Array<{ kind: string; name: string }> {
  return FILE_KINDS.flatMap((kind) => {
    const dir = path.join(migrationsDir, kind);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => /^v\d+-to-v\d+\.ts$/.test(file))
      .map((file) => ({ kind, name: file.slice(0, -3) }));
  });
}

describe('migration registry (meta-test)', () => {
  it('lists exactly the step files on disk', () => {
    const registered = MIGRATIONS.map((step) => `${step.kind}/v${step.from}-to-v${step.to}`).sort();
    expect(registered).toEqual(
      stepFiles()
        .map((f) => `${f.kind}/${f.name}`)
        .sort(),
    );
  });

  it('has a test file for every step', () => {
    for (const { kind, name } of stepFiles()) {
      expect(
        existsSync(path.join(testsDir, kind, `${name}.test.ts`)),
        `${kind}/${name} has no test`,
      ).toBe(true);
    }
  });

  it('has a complete chain from version 1 to the current version for every kind', () => {
    for (const kind of FILE_KINDS) {
      for (let version = 1; version < SCHEMA_VERSIONS[kind]; version += 1) {
        expect(
          MIGRATIONS.some((s) => s.kind === kind && s.from === version && s.to === version + 1),
        ).toBe(true);
      }
    }
    expect(new Set(MIGRATIONS.map((s) => `${s.kind}/${s.from}`)).size).toBe(MIGRATIONS.length);
  });
});
