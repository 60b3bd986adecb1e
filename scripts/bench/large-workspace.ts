/**
 * The large workspace of the benchmarks (issue 8's size): 5,000 company processes in 50 value
 * streams, 10,000 mappings spread over the L2-and-below processes of GB921 v25.5, every L2 of
 * four domains in scope, and optionally one large diagram.
 */
import { defaultScopeTargets, patchScope } from '../../shared/commands/scope-commands';
import { getBuiltInCatalogue } from '../../shared/etom/registry';
import type { WorkspaceDocument } from '../../shared/model/document';
import type { MappingId, ProcessId } from '../../shared/model/ids';
import { buildDiagram, buildDocument } from '../../tests/fixtures/workspace-builder';
import { isQuickBench } from './bench-record';

// A quick run (`npm run bench -- --quick`) uses a tenth of the size.
export const PROCESSES = isQuickBench() ? 500 : 5_000;
export const MAPPINGS = isQuickBench() ? 1_000 : 10_000;

/** The large workspace as a document; `nodes` > 0 adds a diagram of that many nodes. */
export function largeDocument(nodes: number): WorkspaceDocument {
  const catalogue = getBuiltInCatalogue('gb921-v25.5');
  if (!catalogue)
    throw new Error('the built-in pack gb921-v25.5 is missing: run npm run build:packs');
  const targets = catalogue.processes.filter((process) => process.level >= 2);
  const base = buildDocument({ name: 'Large workspace', processes: 0, diagrams: 0 });
  // 50 top-level processes of 99 children each, with code, owner and a short description.
  const processes = Array.from({ length: PROCESSES }, (_, i) => {
    const root = i % 100 === 0;
    return {
      id: `p-${i}` as ProcessId,
      name: root ? `Value stream ${i / 100}` : `Activity ${i} of stream ${Math.floor(i / 100)}`,
      parentId: root ? null : (`p-${i - (i % 100)}` as ProcessId),
      order: root ? i / 100 : (i % 100) - 1,
      code: `C-${i}`,
      owner: `Owner ${i % 37}`,
      description: `Handles the ${i}th step of the operator's end-to-end process.`,
    };
  });
  const mappings = Array.from({ length: MAPPINGS }, (_, i) => ({
    id: `m-${i}` as MappingId,
    processId: `p-${i % PROCESSES}` as ProcessId,
    target: {
      pack: catalogue.pack.id,
      release: '25.5',
      id: targets[(i * 7919) % targets.length]!.id,
    },
    alignment: i % 3 === 0 ? 'partial' : 'full',
    status: 'draft' as const,
    rationale: `Mapped in workshop ${i % 12}.`,
  }));
  const scope = patchScope(
    [],
    defaultScopeTargets(catalogue, '25.5', ['1.2', '1.3', '1.4', '1.5']),
    { status: 'in' },
  );
  return {
    ...base,
    processes: { ...base.processes, processes },
    mappings: { ...base.mappings, mappings },
    scope: { ...base.scope, entries: scope },
    diagrams: nodes > 0 ? [buildDiagram('large', nodes)] : [],
  };
}
