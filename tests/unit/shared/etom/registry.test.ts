import { describe, expect, it } from 'vitest';
import { frameworkPackSchema } from '../../../../shared/etom/pack-schema';
import {
  BUILT_IN_PACKS,
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  GB921_ATTRIBUTION,
  getBuiltInCatalogue,
  getBuiltInPack,
  isBuiltInPackId,
} from '../../../../shared/etom/registry';

describe('built-in pack registry', () => {
  it('lists the default pack first, then the reconstructed classic pack', () => {
    expect(BUILT_IN_PACKS.map((info) => info.id)).toEqual([DEFAULT_PACK_ID, CLASSIC_PACK_ID]);
    expect(DEFAULT_PACK_ID).toBe('gb921-v25.5');
    expect(BUILT_IN_PACKS[1]?.label).toBe('eTOM classic (pre-2016, v14 scheme, reconstructed)');
    expect(BUILT_IN_PACKS.map((info) => info.reconstructed)).toEqual([false, true]);
  });

  it('carries TM Forum attribution exactly', () => {
    expect(GB921_ATTRIBUTION).toBe(
      'Process identifiers and names from TM Forum GB921 Business Process Framework (eTOM) v25.5, (c) TM Forum 2026',
    );
    expect(getBuiltInPack(DEFAULT_PACK_ID)?.attribution).toBe(GB921_ATTRIBUTION);
  });

  it('answers unknown ids with undefined and caches catalogues', () => {
    expect(isBuiltInPackId('nope')).toBe(false);
    expect(getBuiltInPack('nope')).toBeUndefined();
    expect(getBuiltInCatalogue(DEFAULT_PACK_ID)).toBe(getBuiltInCatalogue(DEFAULT_PACK_ID));
  });

  it('ships packs that pass the pack schema', () => {
    for (const info of BUILT_IN_PACKS) {
      const result = frameworkPackSchema.safeParse(getBuiltInPack(info.id));
      expect(result.success, `${info.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('ships no description text in built-in packs', () => {
    for (const info of BUILT_IN_PACKS) {
      for (const process of getBuiltInPack(info.id)?.processes ?? []) {
        expect(process.briefDescription).toBeUndefined();
        expect(process.extendedDescription).toBeUndefined();
      }
    }
  });
});
