import { openModelImport } from '../imports/model-import-store';
import { canEdit } from './context';
import type { ActionHandlers } from './handler';

/** Imports of company processes from other modelling tools. */
export const IMPORT_HANDLERS: ActionHandlers<'processes.importModel'> = {
  'processes.importModel': {
    when: canEdit,
    run: () => openModelImport(true),
  },
};
