import { join } from 'node:path';
import type { WorkspaceDocument } from '../../../shared/model/document';
import type { CompanyProcess } from '../../../shared/model/process-schema';
import { companyProcess, mappingTo } from '../../fixtures/model-builders';
import { buildDocument, makeTempDir, writeWorkspaceFiles } from '../../fixtures/workspace-builder';

/** A few company processes an operator would name, with codes (none mapped yet). */
export const OPERATOR_PROCESSES: CompanyProcess[] = [
  companyProcess('p-ota', 'Order to activate', null, { code: 'OTA' }),
  companyProcess('p-take', 'Take customer order', 'p-ota', { code: 'OTA-01', order: 0 }),
  companyProcess('p-port', 'Port-in request', 'p-ota', { code: 'OTA-02', order: 1 }),
  companyProcess('p-ttr', 'Trouble to resolve', null, { code: 'TTR', order: 1 }),
  companyProcess('p-ticket', 'Handle trouble tickets', 'p-ttr', { code: 'TTR-01' }),
  companyProcess('p-noc', 'NOC alarm triage', 'p-ttr', { code: 'TTR-02', order: 1 }),
  companyProcess('p-btc', 'Bill to cash', null, { code: 'BTC', order: 2 }),
  companyProcess('p-dunning', 'Send dunning letters', 'p-btc', { code: 'BTC-01' }),
];

/** A workspace of the operator's processes and `mappings` mappings (spread over them). */
export function operatorDocument(mappings = 0): WorkspaceDocument {
  const document = buildDocument({ name: 'Operator', processes: 0, diagrams: 1 });
  const processes = [...OPERATOR_PROCESSES];
  // Large tables: more company processes, so the rows are not all alike.
  for (let i = processes.length; i < Math.min(mappings, 5_000); i += 1) {
    processes.push(
      companyProcess(`p-gen-${i}`, `Company process ${i}`, null, { order: i, code: `GEN-${i}` }),
    );
  }
  const targets = ['1.3.3', '1.2.1', '1.4.5', '1.5.2', '1.3.7', '1.6.4', '1.2.5'];
  return {
    ...document,
    processes: { ...document.processes, processes },
    mappings: {
      ...document.mappings,
      mappings: Array.from({ length: mappings }, (_, i) =>
        mappingTo(
          `m-${String(i).padStart(5, '0')}`,
          processes[i % processes.length]?.id ?? 'p-ota',
          targets[i % targets.length] ?? '1.3.3',
          i % 3 === 0 ? 'partial' : 'full',
          { rationale: `Row ${i}`, updatedAt: '2026-11-30T00:00:00.000Z' },
        ),
      ),
    },
  };
}

/** Writes the operator workspace into a new temporary folder; returns the folder. */
export async function writeOperatorWorkspace(mappings = 0): Promise<string> {
  const folder = join((await makeTempDir('etom-e2e-mappings-')).dir, 'operator');
  await writeWorkspaceFiles(folder, operatorDocument(mappings));
  return folder;
}
