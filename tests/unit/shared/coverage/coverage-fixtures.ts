import { createCatalogue, type FrameworkCatalogue } from '../../../../shared/etom/catalogue';
import type { FrameworkPack, FrameworkProcess } from '../../../../shared/etom/pack-model';
import type { FrameworkProcessId, PackId } from '../../../../shared/model/ids';
import type { ScopeEntry, ScopeStatus } from '../../../../shared/model/scope-schema';
import { TEST_FRAMEWORK } from '../../../fixtures/model-builders';

/**
 * A small hand-built tree in the test framework's pack:
 *   1 (L1) -> 1.1 (L2) -> 1.1.1, 1.1.2, 1.1.3, 1.1.4 (L3); 1.1.1 -> 1.1.1.1, 1.1.1.2 (L4)
 *          -> 1.2 (L2) -> 1.2.1, 1.2.2 (L3)
 *   2 (L1) -> 2.1 (L2)
 */
export function smallCatalogue(): FrameworkCatalogue {
  const p = (id: string, parentId: string | null, group = 'Fulfillment'): FrameworkProcess => ({
    id: id as FrameworkProcessId,
    level: id.split('.').length,
    name: `Process ${id}`,
    parentId: parentId as FrameworkProcessId | null,
    domain: id.split('.')[0]!,
    verticalGroups: [group],
  });
  const pack: FrameworkPack = {
    id: TEST_FRAMEWORK.pack,
    label: 'Test pack',
    release: TEST_FRAMEWORK.release,
    attribution: '',
    reconstructed: false,
    source: 'built-in',
    processes: [
      p('1', null),
      p('1.1', '1'),
      p('1.1.1', '1.1'),
      p('1.1.1.1', '1.1.1'),
      p('1.1.1.2', '1.1.1'),
      p('1.1.2', '1.1'),
      p('1.1.3', '1.1'),
      p('1.1.4', '1.1'),
      p('1.2', '1', 'Assurance'),
      p('1.2.1', '1.2', 'Assurance'),
      p('1.2.2', '1.2', 'Assurance'),
      p('2', null),
      p('2.1', '2'),
    ],
  };
  return createCatalogue(pack);
}

/** A scope decision on a process of the test framework. */
export function decision(id: string, status: ScopeStatus): ScopeEntry {
  return {
    target: {
      pack: TEST_FRAMEWORK.pack,
      release: TEST_FRAMEWORK.release,
      id: id as FrameworkProcessId,
    },
    status,
    review: 'unreviewed',
  };
}

export const OTHER_PACK = 'classic-r14' as PackId;
