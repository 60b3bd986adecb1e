import { useMemo, useState } from 'react';
import { CoverageModel } from '../../shared/coverage/coverage-model';
import type { CoverageInputs, CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';
import { useStudio } from '../state/studio-store';

/** The workspace's coverage and the catalogue it is computed against. */
export interface CoverageView {
  catalogue: FrameworkCatalogue;
  coverage: CoverageResult;
}

/**
 * The coverage of the open workspace, recomputed incrementally after each edit: one
 * CoverageModel lives as long as the component, and each new document only touches what
 * its changed mappings and scope decisions reach. Null while no workspace or pack is loaded.
 */
export function useCoverage(): CoverageView | null {
  const document = useStudio((s) => s.history?.document ?? null);
  const { catalogue } = useCatalogue(useActivePackId());
  // One model per mounted view, made on first use: it holds the state of the increments.
  const [holder] = useState<{ model: CoverageModel | null }>(() => ({ model: null }));
  const workspace = document?.workspace;
  const alignments = useMemo(() => (workspace ? alignmentsOf(workspace) : null), [workspace]);
  return useMemo(() => {
    if (document === null || catalogue === undefined || alignments === null) return null;
    const inputs: CoverageInputs = {
      catalogue,
      scope: document.scope.entries,
      mappings: document.mappings.mappings,
      alignments,
    };
    holder.model ??= new CoverageModel(inputs);
    return { catalogue, coverage: holder.model.update(inputs) };
  }, [holder, document, catalogue, alignments]);
}
