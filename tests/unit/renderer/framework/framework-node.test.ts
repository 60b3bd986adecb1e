import { describe, expect, it } from 'vitest';
import { frameworkNodeSchema } from '../../../../shared/model/diagram-schema';
import type { FrameworkProcessId } from '../../../../shared/model/ids';
import { makeFrameworkNode } from '../../../../renderer/framework/framework-node';

const ref = { pack: 'gb921-v25.5', id: '1.3.3' as FrameworkProcessId };

describe('framework nodes', () => {
  it('refers to the process by pack and id, with no name copied, and passes the schema', () => {
    const node = makeFrameworkNode(ref, 10.4, 20.6);
    expect(node).toMatchObject({
      kind: 'framework',
      pack: 'gb921-v25.5',
      processId: '1.3.3',
      x: 10,
      y: 21,
    });
    expect(Object.keys(node).sort()).toEqual([
      'height',
      'id',
      'kind',
      'pack',
      'processId',
      'width',
      'x',
      'y',
    ]);
    expect(frameworkNodeSchema.safeParse(node).success).toBe(true);
    expect(makeFrameworkNode(ref, 0, 0).id).not.toBe(node.id);
  });
});
