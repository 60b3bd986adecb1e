import { step as workspaceV1ToV2 } from '../../../../shared/model/migrations/workspace/v1-to-v2';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../../shared/codecs/canonical-json';
import { validateFileText, validateFileValue } from '../../../../shared/model/validate';
import type { MigrationStep } from '../../../../shared/model/migrations/types';
import { SCHEMA_VERSIONS } from '../../../../shared/model/schema-versions';
import { buildDiagram, buildDocument } from '../../../fixtures/workspace-builder';
import { failureOfSync as failure } from '../../helpers/host-failure';

describe('validateFileText', () => {
  it('accepts each kind of valid file and returns it typed', () => {
    const document = buildDocument();
    expect(
      validateFileText('workspace', toCanonicalJson(document.workspace), 'workspace.json').value,
    ).toEqual(document.workspace);
    expect(
      validateFileText('processes', toCanonicalJson(document.processes), 'p.json').value,
    ).toEqual(document.processes);
    expect(
      validateFileText('mappings', toCanonicalJson(document.mappings), 'm.json').value.mappings,
    ).toEqual([]);
    const diagram = validateFileText(
      'diagram',
      toCanonicalJson(buildDiagram('a', 5)),
      'diagrams/a.json',
    );
    expect(diagram).toMatchObject({ version: SCHEMA_VERSIONS.diagram, newer: false });
  });

  it('names the file and the JSON path of a wrong type', () => {
    const diagram = buildDiagram('a', 3) as unknown as { nodes: Array<Record<string, unknown>> };
    (diagram.nodes[1] as Record<string, unknown>).x = 'left';
    const error = failure(() =>
      validateFileText('diagram', JSON.stringify(diagram), 'diagrams/a.json'),
    );
    expect(error).toMatchObject({
      code: 'SCHEMA_ERROR',
      file: 'diagrams/a.json',
      jsonPath: 'nodes[1].x',
    });
    expect(error.message).toContain('diagrams/a.json, nodes[1].x');
  });

  it('refuses a file of another kind by its format', () => {
    const document = buildDocument();
    const error = failure(() =>
      validateFileText('processes', JSON.stringify(document.mappings), 'processes.json'),
    );
    expect(error).toMatchObject({ code: 'SCHEMA_ERROR', jsonPath: 'format' });
  });

  it('refuses a non-object and a bad schemaVersion', () => {
    expect(failure(() => validateFileText('workspace', '[]', 'w.json')).jsonPath).toBe('(root)');
    const bad = { ...buildDocument().workspace, schemaVersion: 'one' };
    expect(
      failure(() => validateFileText('workspace', JSON.stringify(bad), 'w.json')).jsonPath,
    ).toBe('schemaVersion');
  });

  it('reads a newer file that fits the current schema as newer (read-only)', () => {
    const newer = { ...buildDocument().workspace, schemaVersion: SCHEMA_VERSIONS.workspace + 1 };
    const result = validateFileText('workspace', JSON.stringify(newer), 'workspace.json');
    expect(result).toMatchObject({ newer: true, version: SCHEMA_VERSIONS.workspace + 1 });
    expect(result.value.schemaVersion).toBe(SCHEMA_VERSIONS.workspace);
  });

  it('refuses a newer file that does not fit as NEWER_VERSION', () => {
    const newer = {
      ...buildDocument().workspace,
      schemaVersion: SCHEMA_VERSIONS.workspace + 1,
      colour: 'red',
    };
    const error = failure(() =>
      validateFileText('workspace', JSON.stringify(newer), 'workspace.json'),
    );
    expect(error).toMatchObject({ code: 'NEWER_VERSION', file: 'workspace.json' });
    expect(error.message).toContain('newer version');
  });

  it('migrates an older file forward through the given steps, then validates it', () => {
    // Steps defined here: version 1 is the first real schema, so these pretend it had a v0.
    const steps: MigrationStep[] = [
      {
        kind: 'workspace',
        from: 0,
        to: 1,
        migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
      },
      workspaceV1ToV2,
    ];
    const old = {
      format: 'etom-studio.workspace',
      schemaVersion: 0,
      title: 'Old',
      framework: { pack: 'p', release: 'r' },
    };
    const error = failure(() => validateFileValue('workspace', old, 'workspace.json'));
    expect(error).toMatchObject({ code: 'SCHEMA_ERROR', jsonPath: 'schemaVersion' });
    expect(error.message).toContain('no migration from version 0');
    const migrated = validateFileValue(
      'workspace',
      { ...old, schemaVersion: 0 },
      'workspace.json',
      {},
      steps,
    );
    expect(migrated).toMatchObject({ version: 0, newer: false });
    expect(migrated.value.name).toBe('Old');
  });
});
