import { useMemo } from 'react';
import { coverageOfDocument } from '../../shared/coverage/document-coverage';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { WorkspaceDocument } from '../../shared/model/document';
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

/** The coverage of both sides of a compare; null while the pack loads. */
export function useSidesCoverage(
  then: WorkspaceDocument,
  now: WorkspaceDocument,
): SidesCoverage | null {
  const { catalogue } = useCatalogue(useActivePackId());
  return useMemo(
    () =>
      catalogue
        ? {
            catalogue,
            before: coverageOfDocument(then, catalogue),
            after: coverageOfDocument(now, catalogue),
          }
        : null,
    [catalogue, then, now],
  );
}
