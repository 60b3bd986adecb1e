import { describe, expect, it } from 'vitest';
import { step } from '../../../../../../shared/model/migrations/mappings/v1-to-v2';
import { validateFileValue } from '../../../../../../shared/model/validate';
import { deepFreeze } from '../../../commands/fixture';
import { failureOfSync as failure } from '../../../../helpers/host-failure';

const context = { framework: { pack: 'etom-classic', release: '2008' } };

function v1(mappings: unknown): Record<string, unknown> {
  return { format: 'etom-studio.mappings', schemaVersion: 1, mappings };
}

describe('mappings v1 -> v2', () => {
  it("makes the bare id a reference into the workspace's pack, as a draft", () => {
    const input = deepFreeze(
      v1([
        {
          id: 'm-1',
          processId: 'p-1',
          frameworkProcessId: '1.3.3',
          alignment: 'partial',
          rationale: 'Credit part only.',
        },
      ]),
    );
    expect(step.migrate(input, context)).toEqual({
      ...input,
      mappings: [
        {
          id: 'm-1',
          processId: 'p-1',
          target: { pack: 'etom-classic', release: '2008', id: '1.3.3' },
          alignment: 'partial',
          rationale: 'Credit part only.',
          status: 'draft',
        },
      ],
    });
  });

  it('validates as version 2 through the runner, an old extension alignment kept', () => {
    const { value, version } = validateFileValue(
      'mappings',
      v1([{ id: 'm-1', processId: 'p-1', frameworkProcessId: '1.1', alignment: 'extension' }]),
      'mappings.json',
      context,
    );
    expect(version).toBe(1);
    expect(value.mappings[0]).toMatchObject({ alignment: 'extension', status: 'draft' });
  });

  it("refuses non-empty version 1 mappings read without the workspace's framework", () => {
    const error = failure(() =>
      validateFileValue(
        'mappings',
        v1([{ id: 'm-1', processId: 'p-1', frameworkProcessId: '1.1', alignment: 'full' }]),
        'mappings.json',
      ),
    );
    expect(error.message).toContain('mappings.json');
    expect(error.message).toContain("workspace's framework pack");
    expect(validateFileValue('mappings', v1([]), 'mappings.json').value.mappings).toEqual([]);
  });
});
