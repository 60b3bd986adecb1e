import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import type { FrameworkPack } from '../../../../shared/etom/pack-model';
import type { FrameworkProcessId, PackId } from '../../../../shared/model/ids';
import { frameworkTargetOf } from '../../../../shared/mapping/framework-target';

const pack: FrameworkPack = {
  id: 'test-pack' as PackId,
  label: 'Test',
  release: '30.0',
  attribution: '',
  reconstructed: false,
  source: 'user',
  processes: [
    {
      id: '1' as FrameworkProcessId,
      level: 1,
      name: 'Root',
      parentId: null,
      domain: 'D',
      verticalGroups: [],
      uid: '100',
    },
    {
      id: '1.1' as FrameworkProcessId,
      level: 2,
      name: 'No uid',
      parentId: '1' as FrameworkProcessId,
      domain: 'D',
      verticalGroups: [],
    },
  ],
};

describe('frameworkTargetOf', () => {
  const catalogue = createCatalogue(pack);

  it('keeps the pack, release and UID of a process that has one', () => {
    expect(frameworkTargetOf(catalogue, '1')).toEqual({
      pack: 'test-pack',
      release: '30.0',
      id: '1',
      uid: '100',
    });
  });

  it('leaves the UID out where the pack gives none', () => {
    expect(frameworkTargetOf(catalogue, '1.1')).toEqual({
      pack: 'test-pack',
      release: '30.0',
      id: '1.1',
    });
  });
});
