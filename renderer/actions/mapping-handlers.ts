import { openMappingTable } from '../mappings/open-mapping-table';
import { canEdit, type ActionContext } from './context';
import type { ActionHandlers } from './handler';

const open = (ctx: ActionContext) => ctx.workspaceOpen && !ctx.modal;

/** The mapping table and its dialogs (suggestions, paste, the alignment scale). */
export const MAPPING_HANDLERS: ActionHandlers<
  'view.mappingTable' | 'mapping.suggest' | 'mapping.paste' | 'mapping.alignments'
> = {
  'view.mappingTable': { when: open, run: () => openMappingTable() },
  'mapping.suggest': {
    when: open,
    run: () => openMappingTable({ kind: 'suggest', processId: null }),
  },
  'mapping.paste': { when: canEdit, run: () => openMappingTable({ kind: 'paste' }) },
  'mapping.alignments': { when: open, run: () => openMappingTable({ kind: 'alignments' }) },
};
