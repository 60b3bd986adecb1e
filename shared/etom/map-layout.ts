import type { FrameworkProcessId, PackId } from '../model/ids';
import {
  CLASSIC_LAYOUT_FACTS,
  CURRENT_LAYOUT_FACTS,
  type MapAreaFact,
  type MapColumnFact,
  type MapLayoutFacts,
  type MapRowFact,
} from './map-layout-facts';
import type { MapCellsDataFile } from './pack-model';
import cellsData from './packs/map-cells.json';

/** A run of adjacent columns, by 0-based column index, both ends included. */
export interface ColumnSpan {
  start: number;
  end: number;
}

/** One L2 placed on the map: its row and the column runs it covers (none for Enterprise). */
export interface PlacedCell {
  id: FrameworkProcessId;
  row: FrameworkProcessId;
  columns: string[];
  spans: ColumnSpan[];
}

/** The level-0/level-1 map of one scheme, ready to draw. */
export interface MapLayout {
  pack: PackId;
  areas: MapAreaFact[];
  columns: MapColumnFact[];
  rows: MapRowFact[];
  enterprise: MapLayoutFacts['enterprise'];
  /** Every L2 of the pack, in id order. */
  cells: PlacedCell[];
}

/**
 * Groups column indexes into runs of adjacent columns: `[2, 4, 5]` -> `2-2, 4-5`. An L2
 * listed in non-adjacent columns (Fulfillment and Business Value Development) gets two runs.
 */
export function columnSpans(indexes: readonly number[]): ColumnSpan[] {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0).sort((a, b) => a - b);
  const spans: ColumnSpan[] = [];
  for (const index of sorted) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last.end === index - 1) last.end = index;
    else spans.push({ start: index, end: index });
  }
  return spans;
}

const cells = cellsData as unknown as MapCellsDataFile;
const layouts = new Map<string, MapLayout>();

/** The map layout of a built-in scheme, or undefined for a pack without one. */
export function getMapLayout(packId: string): MapLayout | undefined {
  const cached = layouts.get(packId);
  if (cached !== undefined) return cached;
  const facts = [CURRENT_LAYOUT_FACTS, CLASSIC_LAYOUT_FACTS].find((f) => f.pack === packId);
  const placed = cells.schemes[packId];
  if (facts === undefined || placed === undefined) return undefined;
  const order = facts.columns.map((column) => column.verticalGroup);
  const layout: MapLayout = {
    pack: facts.pack,
    areas: facts.areas,
    columns: facts.columns,
    rows: facts.rows,
    enterprise: facts.enterprise,
    cells: placed.map((cell) => ({
      ...cell,
      spans: columnSpans(cell.columns.map((column) => order.indexOf(column))),
    })),
  };
  layouts.set(packId, layout);
  return layout;
}
