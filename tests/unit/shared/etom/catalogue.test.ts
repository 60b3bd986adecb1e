import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import type { FrameworkPack, FrameworkProcess } from '../../../../shared/etom/pack-model';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import type { FrameworkProcessId, PackId } from '../../../../shared/model/ids';

const p = (id: string, parentId: string | null, extra: Partial<FrameworkProcess> = {}) =>
  ({
    id: id as FrameworkProcessId,
    level: id.split('.').length - 1,
    name: `P ${id}`,
    parentId: parentId as FrameworkProcessId | null,
    domain: 'D',
    verticalGroups: [],
    ...extra,
  }) satisfies FrameworkProcess;

const tiny: FrameworkPack = {
  id: 'tiny' as PackId,
  label: 'Tiny',
  release: '1',
  attribution: 'test',
  reconstructed: false,
  source: 'user',
  processes: [
    p('1.1.10', '1.1'),
    p('1.1', null),
    p('1.1.9', '1.1', { verticalGroups: ['Assurance'] }),
    p('1.1.9.1', '1.1.9', { domain: 'E' }),
    p('1.2.1', '1.2'), // parent missing: becomes a root rather than vanishing
  ],
};

describe('createCatalogue', () => {
  const catalogue = createCatalogue(tiny);

  it('orders everything by numeric id', () => {
    expect(catalogue.processes.map((x) => x.id)).toEqual([
      '1.1',
      '1.1.9',
      '1.1.9.1',
      '1.1.10',
      '1.2.1',
    ]);
    expect(catalogue.children('1.1').map((x) => x.id)).toEqual(['1.1.9', '1.1.10']);
  });

  it('walks ancestors and descendants', () => {
    expect(catalogue.ancestors('1.1.9.1').map((x) => x.id)).toEqual(['1.1', '1.1.9']);
    expect(catalogue.descendants('1.1').map((x) => x.id)).toEqual(['1.1.9', '1.1.9.1', '1.1.10']);
    expect(catalogue.ancestors('nope')).toEqual([]);
    expect(catalogue.roots().map((x) => x.id)).toEqual(['1.1', '1.2.1']);
  });

  it('groups by level, domain and vertical group', () => {
    expect(catalogue.byLevel(2).map((x) => x.id)).toEqual(['1.1.9', '1.1.10', '1.2.1']);
    expect(catalogue.byDomain('E').map((x) => x.id)).toEqual(['1.1.9.1']);
    expect(catalogue.byVerticalGroup('Assurance').map((x) => x.id)).toEqual(['1.1.9']);
    expect(catalogue.byVerticalGroup('none')).toEqual([]);
    expect(catalogue.levels()).toEqual([1, 2, 3]);
  });
});

describe('built-in catalogues', () => {
  it('gb921-v25.5 holds 2,901 processes in the documented level counts', () => {
    const current = getBuiltInCatalogue('gb921-v25.5');
    expect(current?.processes).toHaveLength(2901);
    const counts = current?.levels().map((level) => current.byLevel(level).length);
    expect(counts).toEqual([8, 120, 630, 1459, 450, 167, 67]);
    expect(current?.roots().map((x) => x.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '1.7',
      '1.12',
    ]);
    expect(current?.byId('1.3')?.name).toBe('Customer Domain');
    // Every process except the roots has its parent, so descendants of the roots cover all.
    const covered = current!
      .roots()
      .reduce((n, root) => n + 1 + current!.descendants(root.id).length, 0);
    expect(covered).toBe(2901);
  });

  it('classic-r14 holds 448 processes at levels 0-3, each with a confidence', () => {
    const classic = getBuiltInCatalogue('classic-r14');
    expect(classic?.processes).toHaveLength(448);
    expect(classic?.levels().map((level) => classic.byLevel(level).length)).toEqual([
      3, 15, 104, 326,
    ]);
    expect(classic?.processes.every((x) => x.confidence !== undefined)).toBe(true);
    expect(classic?.byId('1.1.1.5')?.name).toBe('Order Handling');
    expect(classic?.pack.reconstructed).toBe(true);
  });

  it('classic-r14 has the L3s the lineage data dropped and the last classic wording', () => {
    const classic = getBuiltInCatalogue('classic-r14')!;
    // From the Frameworx 16.0 model export: three L3s no current process's lineage names.
    expect(classic.byId('1.1.1.5.4')).toMatchObject({
      name: 'Track & Manage Customer Order Handling',
      parentId: '1.1.1.5',
      level: 3,
    });
    expect(classic.byId('1.1.1.21.11')?.name).toBe('Manage Product Offering Inventory');
    expect(classic.byId('1.1.1.22.10')?.name).toBe('Manage Customer Inventory');
    // A name in its classic wording, not the current one.
    expect(classic.byId('1.1.1.6.3')?.name).toBe('Track & Manage Customer Problem');
  });
});
