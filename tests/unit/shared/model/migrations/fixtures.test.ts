import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFileText } from '../../../../../shared/model/validate';
import { FILE_KINDS, type FileKind } from '../../../../../shared/model/migrations/types';
import { SCHEMA_VERSIONS } from '../../../../../shared/model/schema-versions';
import { reportFigures } from '../../../../support/scorecard';

const dir = path.resolve(import.meta.dirname, '../../../../fixtures/migrations');

/** What workspace.json of the fixtures' workspace gives the other files' migrations. */
const context = { framework: { pack: 'gb921-v25.5', release: '25.5' } };

/** Every fixture: `<kind>-v<N>[-what].json`, a file as some version of the app wrote it. */
function fixtures(): Array<{ name: string; kind: FileKind; version: number }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const match = /^([a-z]+)-v(\d+)(?:-[a-z0-9-]+)?\.json$/.exec(name);
      const kind = match?.[1] as FileKind | undefined;
      if (!match || !kind || !FILE_KINDS.includes(kind)) {
        throw new Error(`${name} is not named <kind>-v<N>[-what].json`);
      }
      return { name, kind, version: Number(match[2]) };
    });
}

describe('historical files (RELIABILITY D.17)', () => {
  it('has a fixture of every version of every file kind, up to the current one', () => {
    const all = fixtures();
    for (const kind of FILE_KINDS) {
      for (let version = 1; version <= SCHEMA_VERSIONS[kind]; version += 1) {
        expect(
          all.some((f) => f.kind === kind && f.version === version),
          `no fixture of ${kind} v${version}`,
        ).toBe(true);
      }
    }
  });

  it('opens every fixture as the current version of its kind', () => {
    const all = fixtures();
    for (const { name, kind, version } of all) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const result = validateFileText(kind, text, name, context);
      expect(result.version).toBe(version);
      expect(result.newer).toBe(false);
      expect(result.value.schemaVersion).toBe(SCHEMA_VERSIONS[kind]);
    }
    reportFigures('D.17', 'Migration fixtures', {
      fixtures: all.length,
      passing: all.length,
      older: all.filter((f) => f.version < SCHEMA_VERSIONS[f.kind]).length,
    });
  });
});
