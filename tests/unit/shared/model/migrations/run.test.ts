import { describe, expect, it } from 'vitest';
import { MigrationError, runMigrations } from '../../../../../shared/model/migrations/run';
import type { MigrationStep } from '../../../../../shared/model/migrations/types';

// The registry is empty (version 1 is the first schema), so these steps exist only here.
const steps: MigrationStep[] = [
  { kind: 'diagram', from: 1, to: 2, migrate: (file) => ({ ...file, edges: [] }) },
  {
    kind: 'diagram',
    from: 2,
    to: 3,
    migrate: ({ edges, ...rest }) => ({ ...rest, links: edges }),
  },
  {
    kind: 'processes',
    from: 1,
    to: 2,
    migrate: () => {
      throw new Error('boom');
    },
  },
];

describe('runMigrations', () => {
  it('applies each step in order and sets schemaVersion', () => {
    const input = { format: 'etom-studio.diagram', schemaVersion: 1, id: 'a' };
    const output = runMigrations('diagram', input, steps, 3);
    expect(output).toEqual({ format: 'etom-studio.diagram', schemaVersion: 3, id: 'a', links: [] });
    expect(input).toEqual({ format: 'etom-studio.diagram', schemaVersion: 1, id: 'a' });
  });

  it('does nothing for a file already at the target', () => {
    expect(runMigrations('diagram', { schemaVersion: 3 }, steps, 3)).toEqual({ schemaVersion: 3 });
  });

  it('starts from the file version, not from 1', () => {
    expect(runMigrations('diagram', { schemaVersion: 2, edges: [1] }, steps, 3)).toEqual({
      schemaVersion: 3,
      links: [1],
    });
  });

  it('reports a missing step, a failing step and a bad version as MigrationError', () => {
    expect(() => runMigrations('mappings', { schemaVersion: 1 }, steps, 2)).toThrow(
      /no migration from version 1/,
    );
    expect(() => runMigrations('processes', { schemaVersion: 1 }, steps, 2)).toThrow(
      /failed: boom/,
    );
    expect(() => runMigrations('diagram', { schemaVersion: '1' }, steps, 3)).toThrow(
      MigrationError,
    );
  });

  it('refuses a step that skips a version', () => {
    const skipping: MigrationStep[] = [
      { kind: 'workspace', from: 1, to: 3, migrate: (f) => ({ ...f }) },
    ];
    expect(() => runMigrations('workspace', { schemaVersion: 1 }, skipping, 3)).toThrow(/not v2/);
  });
});
