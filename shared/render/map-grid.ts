import type { FrameworkCatalogue } from '../etom/catalogue';
import type { MapLayout } from '../etom/map-layout';
import { compareProcessIds } from '../etom/process-id';

/**
 * A box on the map's grid (the CSS grid on screen, the same cells in the SVG export); rows and
 * columns are 1-based grid lines, ends exclusive.
 */
export interface GridBox {
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
}

/** An L2 process box on the grid. */
export interface MapItem extends GridBox {
  id: string;
  name: string;
  /** Index of the map row (domain / horizontal grouping) it sits in, for its colour. */
  band: number;
  /** More than one column: a cross-functional L2 drawn as a bar. */
  wide: boolean;
}

/** An area, column or row heading; `processId` is set where the heading is a process. */
export interface MapHeader extends GridBox {
  key: string;
  label: string;
  processId: string | null;
}

/** An Enterprise L1 with its L2s, drawn in the band under the grid. */
export interface EnterpriseBox {
  id: string;
  name: string;
  children: Array<{ id: string; name: string }>;
}

/** Everything the map draws, placed on one grid. Pure: shared by the map view and the export. */
export interface MapGrid {
  columns: number;
  /** What each grid column holds, left to right: row headers or a vertical grouping. */
  columnKinds: Array<'header' | 'column'>;
  rows: number;
  areas: MapHeader[];
  columnHeaders: MapHeader[];
  rowHeaders: Array<MapHeader & { band: number }>;
  items: MapItem[];
  enterprise: { label: string | null; boxes: EnterpriseBox[] };
}

interface Piece {
  id: string;
  start: number;
  end: number;
}

/** Packs pieces into lanes so that no two share a column in a lane; widest first, then id. */
export function packLanes<T extends Piece>(pieces: readonly T[]): Array<T & { lane: number }> {
  const sorted = [...pieces].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || compareProcessIds(a.id, b.id),
  );
  const lanes: boolean[][] = [];
  return sorted.map((piece) => {
    let lane = 0;
    for (; ; lane += 1) {
      const used = (lanes[lane] ??= []);
      let free = true;
      for (let c = piece.start; c <= piece.end; c += 1) if (used[c]) free = false;
      if (free) {
        for (let c = piece.start; c <= piece.end; c += 1) used[c] = true;
        return { ...piece, lane };
      }
    }
  });
}

/**
 * Lays the level-0/level-1 map of `layout` out on a CSS grid: level-0 areas on top, then the
 * vertical groupings as columns, then one band per horizontal grouping (rows sharing a band
 * sit side by side), each L2 in its cell spanning the columns it belongs to, several L2s in a
 * cell stacked. Names come from `catalogue`; Enterprise L1s go to the band below the grid.
 */
export function buildMapGrid(layout: MapLayout, catalogue: FrameworkCatalogue): MapGrid {
  const nameOf = (id: string) => catalogue.byId(id)?.name ?? id;
  const rowAreas = [...new Set(layout.rows.map((r) => r.area))];
  const firstColumnOf = (area: string | null) =>
    area === null
      ? 0
      : Math.max(
          0,
          layout.columns.findIndex((c) => c.areas.includes(area)),
        );
  // A row-header column goes before the first column of each area that has rows.
  const headerBefore = rowAreas.map(firstColumnOf).sort((a, b) => a - b);
  const gridColumn = (c: number) => c + 1 + headerBefore.filter((h) => h <= c).length;
  const headerColumn = (area: string | null) => gridColumn(firstColumnOf(area)) - 1;
  const columns = layout.columns.length + headerBefore.length;

  const drawnAreas = layout.areas.filter((a) => a.key !== layout.enterprise.area);
  const areaPieces = drawnAreas.map((area) => {
    const indexes = layout.columns.flatMap((c, i) => (c.areas.includes(area.key) ? [i] : []));
    const hasHeader = rowAreas.includes(area.key);
    const start = hasHeader ? headerColumn(area.key) : gridColumn(Math.min(...indexes));
    return { id: area.key, start, end: gridColumn(Math.max(...indexes)), area };
  });
  const areaLanes = packLanes(areaPieces);
  const areaRows = Math.max(1, ...areaLanes.map((a) => a.lane + 1));
  const areas: MapHeader[] = areaLanes.map((a) => ({
    key: a.area.key,
    label: a.area.label,
    processId: a.area.processId,
    rowStart: 1 + a.lane,
    rowEnd: 2 + a.lane,
    colStart: a.start,
    colEnd: a.end + 1,
  }));

  const headerRow = areaRows + 1;
  const columnHeaders: MapHeader[] = layout.columns.map((c, i) => ({
    key: c.verticalGroup,
    label: c.verticalGroup,
    processId: null,
    rowStart: headerRow,
    rowEnd: headerRow + 1,
    colStart: gridColumn(i),
    colEnd: gridColumn(i) + 1,
  }));

  const rowHeaders: MapGrid['rowHeaders'] = [];
  const items: MapItem[] = [];
  let next = headerRow + 1;
  const bands = [...new Set(layout.rows.map((r) => r.band))].sort((a, b) => a - b);
  for (const band of bands) {
    const rowsInBand = layout.rows.filter((r) => r.band === band);
    let height = 1;
    const placed = rowsInBand.map((row) => {
      const pieces = layout.cells
        .filter((cell) => cell.row === row.processId)
        .flatMap((cell) =>
          cell.spans.map((span) => ({ id: cell.id, start: span.start, end: span.end })),
        );
      const lanes = packLanes(pieces);
      height = Math.max(height, ...lanes.map((l) => l.lane + 1));
      return { row, lanes };
    });
    for (const { row, lanes } of placed) {
      const colour = layout.rows.indexOf(row);
      rowHeaders.push({
        key: row.processId,
        label: nameOf(row.processId),
        processId: row.processId,
        band: colour,
        rowStart: next,
        rowEnd: next + height,
        colStart: headerColumn(row.area),
        colEnd: headerColumn(row.area) + 1,
      });
      for (const piece of lanes) {
        items.push({
          id: piece.id,
          name: nameOf(piece.id),
          band: colour,
          wide: piece.end > piece.start,
          rowStart: next + piece.lane,
          rowEnd: next + piece.lane + 1,
          colStart: gridColumn(piece.start),
          colEnd: gridColumn(piece.end) + 1,
        });
      }
    }
    next += height;
  }

  const enterpriseArea = layout.areas.find((a) => a.key === layout.enterprise.area);
  const columnKinds = Array.from({ length: columns }, (_, i) =>
    headerBefore.some((h) => gridColumn(h) - 1 === i + 1)
      ? ('header' as const)
      : ('column' as const),
  );
  return {
    columns,
    columnKinds,
    rows: next - 1,
    areas,
    columnHeaders,
    rowHeaders,
    items,
    enterprise: {
      label: enterpriseArea ? enterpriseArea.label : null,
      boxes: layout.enterprise.processIds.map((id) => ({
        id,
        name: nameOf(id),
        children: catalogue.children(id).map((c) => ({ id: c.id, name: c.name })),
      })),
    },
  };
}
