import type { FrameworkCatalogue } from '../etom/catalogue';
import type { WorkspaceDocument } from '../model/document';
import { alignmentsOf } from '../model/workspace-schema';
import { computeCoverage } from './coverage-model';
import type { CoverageResult } from './coverage-types';

/**
 * Coverage of a workspace document against `catalogue`, computed once from its scope decisions,
 * mappings and alignment scale: what the reports, exports and the CLI show. (The app's live
 * views keep a CoverageModel that updates edit by edit instead.)
 */
export function coverageOfDocument(
  document: Pick<WorkspaceDocument, 'workspace' | 'scope' | 'mappings'>,
  catalogue: FrameworkCatalogue,
): CoverageResult {
  return computeCoverage({
    catalogue,
    scope: document.scope.entries,
    mappings: document.mappings.mappings,
    alignments: alignmentsOf(document.workspace),
  });
}
