import type { FrameworkCatalogue } from '../../etom/catalogue';
import { createCrosswalk } from '../../etom/crosswalk';
import type { FrameworkProcess } from '../../etom/pack-model';
import { rankingStems } from './text-analysis';

/** How a process of the other scheme relates to this one. */
export type CounterpartKind =
  /** Current process: TM Forum's lineage (or the classic row's successor list) names this classic process. */
  | 'classic-origin'
  /** Current process: the classic process led to it only through a deleted process whose id it now holds. */
  | 'classic-id-heir'
  /** Current process whose lineage points below this classic process: it descends from part of it. */
  | 'classic-ancestor'
  /** Classic process: a current process that descends from it. */
  | 'current-successor';

/** A process of the other scheme whose name says what this one is about. */
export interface Counterpart {
  kind: CounterpartKind;
  id: string;
  name: string;
}

/** Words that say nothing about what a process does: never evidence of a shared subject. */
const GENERIC = new Set(['manag', 'process', 'support', 'servic', 'handl']);

function sharesSubject(a: string, b: string): boolean {
  const left = new Set(rankingStems(a).filter((stem) => !GENERIC.has(stem)));
  return rankingStems(b).some((stem) => !GENERIC.has(stem) && left.has(stem));
}

/**
 * For every process of `catalogue`, the processes of the other scheme (`other`) it is linked
 * to by TM Forum's lineage. `catalogue` may be either scheme: the classic pack is the one
 * marked `reconstructed`. A classic process whose only successor is a deleted process that
 * shares its id with a current one (`1.1.1.5 Order Handling` -> deleted `1.3.3 Customer Order
 * Management`, whose id `1.3.3 Customer Order Processing Management` now holds) counts only
 * when the two names share a subject word: ids were also reused for unrelated processes.
 */
export function counterpartsOf(
  catalogue: FrameworkCatalogue,
  other: FrameworkCatalogue,
): Map<string, Counterpart[]> {
  const classicSide = catalogue.pack.reconstructed;
  if (classicSide === other.pack.reconstructed) return new Map();
  const current = classicSide ? other : catalogue;
  const classic = classicSide ? catalogue : other;
  const crosswalk = createCrosswalk(current, classic);
  const result = new Map<string, Counterpart[]>();
  const add = (id: string, counterpart: Counterpart): void => {
    const list = result.get(id);
    if (list === undefined) result.set(id, [counterpart]);
    else if (!list.some((c) => c.id === counterpart.id)) list.push(counterpart);
  };

  const heirs = (old: FrameworkProcess): FrameworkProcess[] =>
    (old.deletedSuccessorIds ?? [])
      .map((id) => current.byId(id))
      .filter((p): p is FrameworkProcess => p !== undefined && sharesSubject(p.name, old.name));

  if (classicSide) {
    for (const old of classic.processes) {
      for (const successor of crosswalk.currentFor(old.id)) {
        add(old.id, { kind: 'current-successor', id: successor.id, name: successor.name });
      }
      for (const heir of heirs(old)) {
        add(old.id, { kind: 'current-successor', id: heir.id, name: heir.name });
      }
    }
    return result;
  }

  for (const process of current.processes) {
    const origin = crosswalk.classicFor(process.id);
    if (origin?.process === undefined) continue;
    add(process.id, {
      kind: origin.exact ? 'classic-origin' : 'classic-ancestor',
      id: origin.process.id,
      name: origin.process.name,
    });
  }
  for (const old of classic.processes) {
    for (const id of old.successorIds ?? []) {
      if (current.has(id)) add(id, { kind: 'classic-origin', id: old.id, name: old.name });
    }
    for (const heir of heirs(old)) {
      add(heir.id, { kind: 'classic-id-heir', id: old.id, name: old.name });
    }
  }
  return result;
}
