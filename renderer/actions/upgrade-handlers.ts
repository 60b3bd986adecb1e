import { openMappingTable } from '../mappings/open-mapping-table';
import { canEdit } from './context';
import type { ActionHandlers } from './handler';

/** Upgrading the workspace to a newer release of its framework (a preview, then one step). */
export const UPGRADE_HANDLERS: ActionHandlers<'workspace.upgradeRelease'> = {
  'workspace.upgradeRelease': {
    when: canEdit,
    run: () => openMappingTable({ kind: 'upgrade' }),
  },
};
