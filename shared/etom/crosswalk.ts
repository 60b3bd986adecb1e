import type { FrameworkCatalogue } from './catalogue';
import type { FrameworkProcess } from './pack-model';
import { compareProcessIds, isIdBelow, parentIdOf } from './process-id';

/** Where a current process came from in the classic scheme. */
export interface ClassicOrigin {
  /** TM Forum's pre-2016 identifier, as the lineage gives it (may be deeper than level 3). */
  classicId: string;
  /** The classic pack's process for it, or its nearest ancestor the classic pack holds. */
  process: FrameworkProcess | undefined;
  /** True when `process` is exactly `classicId`, false when it is an ancestor. */
  exact: boolean;
}

/** The link between the classic and the current scheme, from TM Forum's lineage data. */
export interface Crosswalk {
  /** Current -> classic, or undefined where the process is new since 2016. */
  classicFor(currentId: string): ClassicOrigin | undefined;
  /**
   * Classic -> the current processes that descend from it: those whose lineage names it
   * (or, with `deep`, any classic id below it), plus the successors the classic row lists.
   */
  currentFor(classicId: string, options?: { deep?: boolean }): FrameworkProcess[];
}

/** Builds the crosswalk between a current-scheme and a classic-scheme catalogue. */
export function createCrosswalk(
  current: FrameworkCatalogue,
  classic: FrameworkCatalogue,
): Crosswalk {
  const byClassicId = new Map<string, FrameworkProcess[]>();
  for (const process of current.processes) {
    if (process.classicId === undefined) continue;
    const list = byClassicId.get(process.classicId);
    if (list === undefined) byClassicId.set(process.classicId, [process]);
    else list.push(process);
  }
  const sortedClassicIds = [...byClassicId.keys()].sort(compareProcessIds);

  return {
    classicFor(currentId) {
      const classicId = current.byId(currentId)?.classicId;
      if (classicId === undefined) return undefined;
      let probe: string | null = classicId;
      while (probe !== null && !classic.has(probe)) probe = parentIdOf(probe);
      const process = probe === null ? undefined : classic.byId(probe);
      return { classicId, process, exact: probe === classicId };
    },
    currentFor(classicId, options = {}) {
      const found = new Map<string, FrameworkProcess>();
      const add = (process: FrameworkProcess | undefined): void => {
        if (process !== undefined) found.set(process.id, process);
      };
      byClassicId.get(classicId)?.forEach(add);
      if (options.deep === true) {
        for (const id of sortedClassicIds) {
          if (isIdBelow(id, classicId)) byClassicId.get(id)?.forEach(add);
        }
      }
      for (const id of classic.byId(classicId)?.successorIds ?? []) add(current.byId(id));
      return [...found.values()].sort((a, b) => compareProcessIds(a.id, b.id));
    },
  };
}
