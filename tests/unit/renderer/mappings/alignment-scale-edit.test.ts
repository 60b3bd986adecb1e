import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/catalogue';
import { DEFAULT_ALIGNMENTS } from '../../../../shared/model/workspace-schema';
import {
  scaleInvocations,
  scaleOf,
  scaleProblem,
} from '../../../../renderer/mappings/alignment-scale-edit';
import { buildDocument } from '../../../fixtures/workspace-builder';
import { mappingTo } from '../../../fixtures/model-builders';

describe('alignment scale edits', () => {
  it('gives new qualifiers unique ids from their names and keeps the old ids', () => {
    expect(
      scaleOf([
        { id: 'full', label: 'Complete', weight: 1 },
        { id: '', label: 'Full', weight: 0.9 },
        { id: '', label: 'Weak match', weight: 0.2 },
      ]).map((q) => q.id),
    ).toEqual(['full', 'full-2', 'weak-match']);
  });

  it('names what is wrong with a scale', () => {
    expect(scaleProblem([])).toMatch(/at least one/);
    expect(scaleProblem([{ id: '', label: ' ', weight: 1 }])).toMatch(/needs a name/);
    expect(scaleProblem([{ id: '', label: 'A', weight: 2 }])).toMatch(/from 0 to 1/);
    expect(
      scaleProblem([
        { id: 'a', label: 'A', weight: 1 },
        { id: '', label: 'a', weight: 1 },
      ]),
    ).toMatch(/same name/);
    expect(scaleProblem(DEFAULT_ALIGNMENTS.map((q) => ({ ...q })))).toBeNull();
  });

  it('moves the mappings of a removed qualifier to its replacement, then drops it', () => {
    const base = buildDocument({ processes: 1 });
    const document = {
      ...base,
      mappings: {
        ...base.mappings,
        mappings: [
          mappingTo('m-1', 'p-0', '1.3.3', 'partial'),
          mappingTo('m-2', 'p-0', '1.3', 'full'),
        ],
      },
    };
    const scale = [{ id: 'full', label: 'Full', weight: 1 }];
    const steps = scaleInvocations(
      DEFAULT_ALIGNMENTS,
      { scale, replacements: { partial: 'full' } },
      document.mappings.mappings,
    );
    let current = document;
    for (const step of steps) current = applyCommand(current, step).document;
    expect(current.workspace.alignments).toEqual(scale);
    expect(current.mappings.mappings.map((m) => m.alignment)).toEqual(['full', 'full']);
    // Without moving anything it is one command.
    expect(
      scaleInvocations(
        DEFAULT_ALIGNMENTS,
        { scale: [...DEFAULT_ALIGNMENTS], replacements: {} },
        [],
      ),
    ).toHaveLength(1);
  });
});
