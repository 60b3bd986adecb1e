import type { Bundle } from './bundle-schema';
import type { BundleElementKind, ClashPolicy, ImportPlan, KindOutcome } from './plan-import';

/** One element of a bundle whose id the workspace uses for something different. */
export interface ImportClash {
  kind: BundleElementKind;
  /** The id in the bundle (and in the workspace). */
  id: string;
  /** What a person recognises it by: a diagram's or process's name, a mapping's two ends. */
  label: string;
  /** What the plan does with it. */
  policy: ClashPolicy;
}

/** The key a per-clash choice is kept under. */
export const clashKey = (kind: BundleElementKind, id: string): string => `${kind}:${id}`;

function clashesOf(outcome: KindOutcome): Array<{ id: string; policy: ClashPolicy }> {
  return [
    ...outcome.renamed.map((r) => ({ id: r.from, policy: 'keep-both' as const })),
    ...outcome.replaced.map((id) => ({ id, policy: 'replace' as const })),
    ...outcome.skipped.map((id) => ({ id, policy: 'skip' as const })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Every clash of `plan` (diagrams, then processes, then mappings), named from `bundle`, with the
 * policy the plan applied to it: the rows of the import preview.
 */
export function importClashes(plan: ImportPlan, bundle: Bundle): ImportClash[] {
  const diagramName = new Map(bundle.diagrams.map((d) => [d.id as string, d.name]));
  const process = new Map(bundle.processes.processes.map((p) => [p.id as string, p]));
  const processLabel = (id: string): string => {
    const found = process.get(id);
    if (!found) return id;
    return found.code === undefined ? found.name : `${found.code} ${found.name}`;
  };
  const mapping = new Map(bundle.mappings.mappings.map((m) => [m.id as string, m]));
  return [
    ...clashesOf(plan.diagrams).map((c) => ({
      kind: 'diagram' as const,
      ...c,
      label: diagramName.get(c.id) ?? c.id,
    })),
    ...clashesOf(plan.processes).map((c) => ({
      kind: 'process' as const,
      ...c,
      label: processLabel(c.id),
    })),
    ...clashesOf(plan.mappings).map((c) => {
      const found = mapping.get(c.id);
      return {
        kind: 'mapping' as const,
        ...c,
        label: found ? `${processLabel(found.processId)} → ${found.target.id}` : c.id,
      };
    }),
  ];
}
