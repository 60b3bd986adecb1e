import { describe, expect, it } from 'vitest';
import type { PackSummary } from '../../../../shared/ipc/methods/framework-methods';
import type { PackId } from '../../../../shared/model/ids';
import { descriptionSource } from '../../../../renderer/framework/useDescriptions';

const pack = (id: string, release: string, hasDescriptions: boolean): PackSummary => ({
  id: id as PackId,
  label: id,
  release,
  attribution: '',
  reconstructed: false,
  source: hasDescriptions ? 'user' : 'built-in',
  processCount: 0,
  countsByLevel: {},
  hasDescriptions,
});

describe('descriptionSource', () => {
  const builtIn = pack('gb921-v25.5', '25.5', false);
  const classic = pack('classic-r14', '14', false);
  const licensed = pack('gb921-v25.5-licensed', '25.5', true);

  it('uses an imported workbook of the same release for a built-in pack', () => {
    expect(descriptionSource([builtIn, classic, licensed], 'gb921-v25.5')).toBe(licensed);
  });

  it('uses the pack itself when it carries descriptions', () => {
    expect(descriptionSource([builtIn, licensed], 'gb921-v25.5-licensed')).toBe(licensed);
  });

  it('finds nothing for another release or without an import', () => {
    expect(descriptionSource([builtIn, classic, licensed], 'classic-r14')).toBeUndefined();
    expect(descriptionSource([builtIn, classic], 'gb921-v25.5')).toBeUndefined();
    expect(descriptionSource([builtIn], 'unknown')).toBeUndefined();
  });
});
