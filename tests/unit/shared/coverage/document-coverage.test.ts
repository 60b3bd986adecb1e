import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../shared/coverage/coverage-model';
import { coverageOfDocument } from '../../../../shared/coverage/document-coverage';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import { buildSampleDocument } from '../../../../scripts/sample-workspace';

describe('coverageOfDocument', () => {
  const document = buildSampleDocument();
  const catalogue = getBuiltInCatalogue(document.workspace.framework.pack)!;

  it("is the coverage of the document's scope, mappings and the default scale", () => {
    const plain = { ...document, workspace: { ...document.workspace, alignments: undefined } };
    expect(coverageOfDocument(plain, catalogue)).toEqual(
      computeCoverage({
        catalogue,
        scope: document.scope.entries,
        mappings: document.mappings.mappings,
        alignments: DEFAULT_ALIGNMENTS,
      }),
    );
  });

  it("weighs the mappings by the workspace's own alignment scale", () => {
    const scale = [
      { id: 'full', label: 'Full', weight: 1 },
      { id: 'partial', label: 'Partial', weight: 0.1 },
    ];
    const own = { ...document, workspace: { ...document.workspace, alignments: scale } };
    const result = coverageOfDocument(own, catalogue);
    expect(result).toEqual(
      computeCoverage({
        catalogue,
        scope: document.scope.entries,
        mappings: document.mappings.mappings,
        alignments: scale,
      }),
    );
    const scores = (r: typeof result) => [...r.byId.values()].map((c) => c.score);
    expect(scores(result)).not.toEqual(scores(coverageOfDocument(document, catalogue)));
  });
});
