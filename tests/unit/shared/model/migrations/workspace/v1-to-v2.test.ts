import { describe, expect, it } from 'vitest';
import { step } from '../../../../../../shared/model/migrations/workspace/v1-to-v2';
import { validateFileValue } from '../../../../../../shared/model/validate';
import { alignmentsOf, DEFAULT_ALIGNMENTS } from '../../../../../../shared/model/workspace-schema';
import { deepFreeze } from '../../../commands/fixture';

const v1 = deepFreeze({
  format: 'etom-studio.workspace',
  schemaVersion: 1,
  name: 'Acme',
  framework: { pack: 'gb921-v25.5', release: '25.5' },
});

describe('workspace v1 -> v2', () => {
  it('changes nothing but the version; the workspace then uses the default alignment scale', () => {
    expect(step.migrate(v1)).toEqual(v1);
    const { value, version } = validateFileValue('workspace', v1, 'workspace.json');
    expect(version).toBe(1);
    expect(value.schemaVersion).toBe(2);
    expect(alignmentsOf(value)).toEqual(DEFAULT_ALIGNMENTS);
  });
});
