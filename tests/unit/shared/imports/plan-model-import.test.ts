import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedModel } from '../../../../shared/imports/imported-model';
import { planModelImport } from '../../../../shared/imports/plan-model-import';
import { readModelFile } from '../../../../shared/imports/read-model-file';
import type { ProcessId } from '../../../../shared/model/ids';
import type { CompanyProcess } from '../../../../shared/model/process-schema';

const fixture = path.resolve(
  import.meta.dirname,
  '../../../fixtures/imports/order-to-activate.bpmn',
);
const model = (): ImportedModel =>
  readModelFile(readFileSync(fixture), 'order-to-activate.bpmn', 'bpmn');

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${(n += 1)}`;
}

describe('planModelImport', () => {
  const existing: CompanyProcess[] = [
    { id: 'p-old' as ProcessId, name: 'Already there', parentId: null, order: 4 },
  ];

  it('adds every element as a process under its parent, with its source and type kept', () => {
    const plan = planModelImport(model(), existing, counter());
    expect(plan.counts).toEqual({
      elements: 14,
      added: 14,
      alreadyImported: 0,
      skipped: 9,
      diagramsInFile: 2,
      diagrams: 0,
      nodes: 0,
      edges: 0,
      problems: 4,
    });
    const pool = plan.processes[0]!;
    expect(pool).toEqual({
      id: 'p-1',
      name: 'Operator',
      parentId: null,
      order: 5,
      properties: [
        { key: 'source', value: 'bpmn:order-to-activate.bpmn#pool-operator' },
        { key: 'type', value: 'pool' },
      ],
    });
    const lanes = plan.processes.filter((p) => p.parentId === pool.id);
    expect(lanes.map((p) => [p.name, p.order])).toEqual([
      ['Sales', 0],
      ['Delivery', 1],
    ]);
    expect(plan.processes.find((p) => p.name === 'Capture order')?.description).toBe(
      'Key the order from the shop or the call centre.',
    );
  });

  it('recognises what an earlier import of the same file added, and adds only what is new', () => {
    const first = planModelImport(model(), existing, counter());
    const again = planModelImport(model(), [...existing, ...first.processes], counter());
    expect(again.processes).toEqual([]);
    expect(again.counts).toMatchObject({ added: 0, alreadyImported: 14 });

    // The analyst removed one task; the next import brings back only it, under its old parent,
    // after its siblings.
    const lessOne = first.processes.filter((p) => p.name !== 'Visit site');
    const third = planModelImport(model(), [...existing, ...lessOne], counter());
    const install = first.processes.find((p) => p.name === 'Install')!;
    expect(third.processes.map((p) => [p.name, p.parentId, p.order])).toEqual([
      ['Visit site', install.id, 2],
    ]);
  });

  it('shortens names and documentation too long for the workspace, and says so', () => {
    const long: ImportedModel = {
      format: 'archimate',
      file: 'x.xml',
      elements: [
        {
          sourceId: 'a',
          name: 'n'.repeat(600),
          kind: 'BusinessProcess',
          parentSourceId: null,
          description: 'd'.repeat(20_000),
        },
      ],
      diagrams: [],
      problems: [],
      skipped: {},
    };
    const plan = planModelImport(long, [], counter());
    expect(plan.processes[0]?.name).toHaveLength(500);
    expect(plan.processes[0]?.description).toHaveLength(10_000);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'the name is longer than 500 characters: shortened',
      'the documentation is too long: shortened',
    ]);
  });
});
