import { describe, expect, it } from 'vitest';
import { makeMapping, stampNow, stamped } from '../../../../shared/mapping/mapping-stamps';
import { mappingSchema } from '../../../../shared/model/mapping-schema';
import type { FrameworkProcessId, PackId, ProcessId } from '../../../../shared/model/ids';

const target = {
  pack: 'gb921-v25.5' as PackId,
  release: '25.5',
  id: '1.3.3' as FrameworkProcessId,
};

describe('mapping stamps', () => {
  it('stamps a new mapping with who and when, and gives each a new id', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    const a = makeMapping('p-1' as ProcessId, target, 'full', stampNow(' Ana ', at));
    const b = makeMapping('p-1' as ProcessId, target, 'full', stampNow('Ana', at));
    expect(a).toMatchObject({
      createdBy: 'Ana',
      updatedBy: 'Ana',
      createdAt: '2026-11-30T10:00:00.000Z',
      status: 'draft',
    });
    expect(a.id).not.toBe(b.id);
    expect(mappingSchema.safeParse(a).success).toBe(true);
  });

  it('leaves who out when no name is given, and clears the last editor on an edit', () => {
    const stamp = stampNow('   ', new Date(0));
    expect(makeMapping('p-1' as ProcessId, target, 'full', stamp)).not.toHaveProperty('createdBy');
    expect(stamped({ status: 'approved' }, stamp)).toEqual({
      status: 'approved',
      updatedBy: null,
      updatedAt: '1970-01-01T00:00:00.000Z',
    });
  });
});
