import { createCatalogue, type FrameworkCatalogue } from '../../../../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../../../../shared/etom/pack-model';
import type { FrameworkProcessId, PackId } from '../../../../../shared/model/ids';

type Row = [id: string, name: string, extra?: Partial<FrameworkProcess>];

function processOf([id, name, extra]: Row, verticalGroups: string[]): FrameworkProcess {
  const parts = id.split('.');
  return {
    id: id as FrameworkProcessId,
    level: parts.length - 1,
    name,
    parentId: parts.length > 2 ? (parts.slice(0, -1).join('.') as FrameworkProcessId) : null,
    domain: 'Test Domain',
    verticalGroups,
    ...extra,
  };
}

/** A hand-built catalogue: ids say the tree (`1.2.3` is level 2 under `1.2`). */
export function tinyCatalogue(
  rows: readonly Row[],
  options: { id?: string; reconstructed?: boolean } = {},
): FrameworkCatalogue {
  return createCatalogue({
    id: (options.id ?? 'tiny') as PackId,
    label: 'Tiny test pack',
    release: '1',
    attribution: 'test',
    reconstructed: options.reconstructed ?? false,
    source: 'built-in',
    processes: rows.map((row) => processOf(row, [])),
  });
}

/**
 * A small operator-style framework: orders, problems, bills, receivables, each with a few
 * processes below. Levels: `1.1` is L1, `1.1.1` L2, `1.1.1.1` L3, deeper ids deeper.
 */
export const SHOP = tinyCatalogue([
  ['1.1', 'Customer Domain'],
  ['1.1.1', 'Customer Order Management'],
  ['1.1.1.1', 'Capture Customer Order'],
  ['1.1.1.2', 'Cancel Customer Order'],
  ['1.1.1.3', 'Track Customer Order Status'],
  ['1.1.2', 'Customer Problem Management'],
  ['1.1.2.1', 'Create Customer Problem Report'],
  ['1.1.2.2', 'Diagnose Customer Problem'],
  ['1.1.3', 'Customer Bill Invoice Management'],
  ['1.1.3.1', 'Create Customer Bill Invoice'],
  ['1.1.3.2', 'Deliver Electronic Invoice'],
  ['1.1.4', 'Customer Receivables Management'],
  ['1.1.4.1', 'Manage Customer Debt Collection'],
  ['1.1.4.1.1', 'Identify Overdue Invoice'],
  ['1.1.4.1.1.1', 'Customer Receivables Management Report'],
  ['1.2', 'Resource Domain'],
  ['1.2.1', 'Resource Trouble Management'],
  ['1.2.1.1', 'Localize Resource Trouble'],
  ['1.2.2', 'Resource Support Management'],
  ['1.2.2.1', 'Manage Number Portability'],
]);
