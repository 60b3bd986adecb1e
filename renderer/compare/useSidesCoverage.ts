import { useMemo } from 'react';
import { computeCoverage } from '../../shared/coverage/coverage-model';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../shared/model/document';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';

/** Both sides' coverage against the open workspace's pack. */
export interface SidesCoverage {
  catalogue: FrameworkCatalogue;
  /** The other side (then). */
  before: CoverageResult;
  /** The open workspace (now). */
  after: CoverageResult;
}

const coverageOf = (catalogue: FrameworkCatalogue, document: WorkspaceDocument) =>
  computeCoverage({
    catalogue,
    scope: document.scope.entries,
    mappings: document.mappings.mappings,
    alignments: alignmentsOf(document.workspace),
  });

/** The coverage of both sides of a compare; null while the pack loads. */
export function useSidesCoverage(
  then: WorkspaceDocument,
  now: WorkspaceDocument,
): SidesCoverage | null {
  const { catalogue } = useCatalogue(useActivePackId());
  return useMemo(
    () =>
      catalogue
        ? { catalogue, before: coverageOf(catalogue, then), after: coverageOf(catalogue, now) }
        : null,
    [catalogue, then, now],
  );
}
