import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from '../../../main/services/workspace/workspace-reader';
import { buildSampleDocument } from '../../../scripts/sample-workspace';
import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import { getBuiltInCatalogue } from '../../../shared/etom/registry';
import { fileText } from '../../../shared/model/file-text';

const SAMPLE = path.resolve(import.meta.dirname, '../../../assets/sample-workspace');

describe('the sample workspace', () => {
  it('opens through the real reader and is what the generator writes (run build:sample)', async () => {
    const { document } = await readWorkspace(SAMPLE);
    const built = buildSampleDocument();
    // Compared as written: the files hold their sets sorted by id.
    expect(fileText('workspace', document.workspace)).toBe(fileText('workspace', built.workspace));
    expect(fileText('processes', document.processes)).toBe(fileText('processes', built.processes));
    expect(fileText('mappings', document.mappings)).toBe(fileText('mappings', built.mappings));
    expect(fileText('scope', document.scope)).toBe(fileText('scope', built.scope));
    const diagrams = (d: typeof built) =>
      d.diagrams.map((diagram) => fileText('diagram', diagram)).sort();
    expect(diagrams(document)).toEqual(diagrams(built));
  });

  it('is a real alignment: about forty processes, every mapping resolved, scope partly covered', async () => {
    const { document } = await readWorkspace(SAMPLE);
    expect(document.processes.processes.length).toBeGreaterThanOrEqual(35);
    expect(document.diagrams.length).toBeGreaterThanOrEqual(2);
    expect(document.mappings.mappings.every((m) => (m.rationale ?? '').length > 10)).toBe(true);
    const catalogue = getBuiltInCatalogue(document.workspace.framework.pack)!;
    const coverage = coverageOfDocument(document, catalogue);
    expect(coverage.unresolvedMappings).toEqual([]);
    const order = coverage.byId.get('1.3.3')!;
    expect(order.scope).toBe('in');
    expect(order.coveredChildren).toBeGreaterThan(0);
    expect(order.coveredChildren).toBeLessThan(order.inScopeChildren);
  });
});
