import { describe, expect, it } from 'vitest';
import {
  PackBuildError,
  buildClassicPackData,
  buildCurrentPackData,
  buildMapCells,
} from '../../../../../shared/etom/build/pack-data-builder';
import { formatDataFile } from '../../../../../shared/etom/build/format-data-file';

const CURRENT = [
  'id,level,name,parent_id,area_or_domain,vertical_group',
  '1.7,1,Enterprise Domain,,Enterprise Domain,',
  '1.3,1,Customer Domain,,Customer Domain,',
  '1.3.10,2,Ten,1.3,Customer Domain,Billing',
  '1.3.9,2,"Nine, quoted",1.3,Customer Domain,Fulfillment;Assurance',
  '1.7.1,2,Strategic Management,1.7,Enterprise Domain,',
].join('\n');
const LINEAGE = [
  'id,uid,original_process_identifier',
  '1.3.9,1,1.1.1.5',
  '1.3.10,2,N/A New Process',
  '1.7,3,1.3.1 (then 1.7.2)',
  '1.7.1,4,1.2.4.1 was 1.2.4',
].join('\n');

describe('buildCurrentPackData', () => {
  it('sorts by id, splits vertical groups, keeps every UID and takes only clean lineage ids', () => {
    const notes: string[] = [];
    const data = buildCurrentPackData(CURRENT, LINEAGE, notes);
    expect(data.processes.map((p) => p.id)).toEqual(['1.3', '1.3.9', '1.3.10', '1.7', '1.7.1']);
    expect(data.processes[1]).toEqual({
      id: '1.3.9',
      level: 2,
      name: 'Nine, quoted',
      parentId: '1.3',
      domain: 'Customer Domain',
      verticalGroups: ['Fulfillment', 'Assurance'],
      classicId: '1.1.1.5',
      uid: '1',
    });
    expect(data.processes[2]?.classicId).toBeUndefined();
    expect(data.processes[2]?.uid).toBe('2');
    // "x (then y)" names the classic id first and a later renumbering after it.
    expect(data.processes[3]?.classicId).toBe('1.3.1');
    expect(data.processes[4]?.classicId).toBeUndefined();
    expect(notes).toEqual([
      'gb921-v25.5-lineage.csv row 3: skipped lineage "N/A New Process"',
      'gb921-v25.5-lineage.csv row 5: skipped lineage "1.2.4.1 was 1.2.4"',
    ]);
  });

  it('names the file and row of a broken tree', () => {
    const orphan = `${CURRENT}\n1.9.1,2,Orphan,1.9,X,`;
    expect(() => buildCurrentPackData(orphan, LINEAGE)).toThrow(PackBuildError);
    expect(() => buildCurrentPackData(orphan, LINEAGE)).toThrow(
      /gb921-v25\.5\.csv: row 7: parent "1\.9" does not exist/,
    );
    const badLevel = `${CURRENT}\n1.3.11,x,Bad,1.3,Customer Domain,`;
    expect(() => buildCurrentPackData(badLevel, LINEAGE)).toThrow(/row 7: level "x"/);
  });
});

describe('buildClassicPackData', () => {
  const CLASSIC = [
    'id,level,name,parent_id,area_or_domain,vertical_group,confidence,v25_5_successor',
    '1.1,0,Operations,,Operations,,high,',
    '1.1.1,1,CRM,1.1,Operations,,high,',
    '1.1.1.5,2,Order Handling,1.1.1,Operations,Fulfillment,high,"1.3.3 X [v25.5 eTOM Deleted]; 1.3.4 Y [v25.5 eTOM25,5]"',
  ].join('\n');

  it('keeps confidence and splits successors by sheet', () => {
    const data = buildClassicPackData(CLASSIC);
    expect(data.processes[2]).toMatchObject({
      id: '1.1.1.5',
      confidence: 'high',
      successorIds: ['1.3.4'],
      deletedSuccessorIds: ['1.3.3'],
    });
  });

  it('refuses an unknown confidence', () => {
    expect(() =>
      buildClassicPackData(
        CLASSIC.replace('1.1.1,1,CRM,1.1,Operations,,high', '1.1.1,1,CRM,1.1,Operations,,sure'),
      ),
    ).toThrow(/row 3: confidence "sure"/);
  });
});

describe('buildMapCells and formatDataFile', () => {
  it('checks placements against the pack and writes one entry per line', () => {
    const current = buildCurrentPackData(CURRENT, LINEAGE);
    const classic = buildClassicPackData(
      'id,level,name,parent_id,area_or_domain,vertical_group,confidence\n1.1,0,Operations,,Operations,,high\n',
    );
    const cells = [
      'scheme,l2_id,l2_name,row_horizontal_l1,columns_vertical,basis',
      'GB921-v25.5,1.3.9,n,1.3 Customer Domain,Assurance;Fulfillment,b',
      'GB921-v25.5,1.3.10,n,1.3 Customer Domain,Billing,b',
      'GB921-v25.5,1.7.1,n,1.7 Enterprise Domain,(none: no vertical),b',
    ].join('\n');
    const data = buildMapCells(cells, [current, classic]);
    expect(data.schemes['gb921-v25.5']).toEqual([
      { id: '1.3.9', row: '1.3', columns: ['Fulfillment', 'Assurance'] },
      { id: '1.3.10', row: '1.3', columns: ['Billing'] },
      { id: '1.7.1', row: '1.7', columns: [] },
    ]);
    const text = formatDataFile(data);
    expect(text).toContain(
      '\n      {"id":"1.3.9","row":"1.3","columns":["Fulfillment","Assurance"]},\n',
    );
    expect(JSON.parse(text)).toEqual(data);
    expect(() =>
      buildMapCells(cells.replace('Billing,b', 'Nowhere,b'), [current, classic]),
    ).toThrow(/map-l2-cells\.csv: row 3: unknown column "Nowhere"/);
    expect(() =>
      buildMapCells(cells.split('\n').slice(0, 3).join('\n'), [current, classic]),
    ).toThrow(/L2 without a cell: 1\.7\.1/);
  });
});
