import { openDataExport } from '../reports/data-export-store';
import type { ActionContext } from './context';
import type { ActionHandlers } from './handler';

const canExport = (ctx: ActionContext) => ctx.workspaceOpen && !ctx.modal;

/** Exports of the mappings: the alignment report, the coverage, the mapping table. */
export const REPORT_HANDLERS: ActionHandlers<
  'report.export' | 'coverage.export' | 'mapping.export'
> = {
  'report.export': { when: canExport, run: () => openDataExport('report') },
  'coverage.export': { when: canExport, run: () => openDataExport('coverage') },
  'mapping.export': { when: canExport, run: () => openDataExport('mappings') },
};
