import { describe, expect, it } from 'vitest';
import type { ProcessId } from '../../../../shared/model/ids';
import type { CompanyProcess } from '../../../../shared/model/process-schema';
import { expandedTo, visibleCatalogueRows } from '../../../../renderer/catalogue/catalogue-rows';

const id = (value: string) => value as ProcessId;
const process = (name: string, parent: string | null, order: number): CompanyProcess => ({
  id: id(name),
  name,
  parentId: parent === null ? null : id(parent),
  order,
});
// root > stream > leaf, and a sibling branch other > other-leaf.
const processes = [
  process('root', null, 0),
  process('stream', 'root', 0),
  process('leaf', 'stream', 0),
  process('other', null, 1),
  process('other-leaf', 'other', 0),
];
const names = (collapsed: ReadonlySet<ProcessId>) =>
  visibleCatalogueRows(processes, collapsed, '').map((row) => row.process.name);

describe('expandedTo', () => {
  it('opens every collapsed ancestor of the process, so that its row shows', () => {
    const collapsed = new Set([id('root'), id('stream'), id('other')]);
    expect(names(collapsed)).not.toContain('leaf');
    const opened = expandedTo(processes, collapsed, id('leaf'));
    expect([...opened]).toEqual([id('other')]);
    expect(names(opened)).toContain('leaf');
    // The set given is left as it was.
    expect(collapsed.size).toBe(3);
  });

  it('answers the same set when nothing above the process is collapsed', () => {
    const collapsed = new Set([id('other')]);
    expect(expandedTo(processes, collapsed, id('leaf'))).toBe(collapsed);
    expect(expandedTo(processes, collapsed, null)).toBe(collapsed);
    expect(expandedTo(processes, collapsed, id('missing'))).toBe(collapsed);
  });

  it('stops on a parent cycle in a damaged file instead of looping', () => {
    const looped = [process('a', 'b', 0), process('b', 'a', 0)];
    const opened = expandedTo(looped, new Set([id('a'), id('b')]), id('a'));
    expect([...opened]).toEqual([]);
  });
});
