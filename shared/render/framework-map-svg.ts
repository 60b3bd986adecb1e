import type { FrameworkCatalogue } from '../etom/catalogue';
import { getMapLayout } from '../etom/map-layout';
import { GB921_ATTRIBUTION, getBuiltInCatalogue } from '../etom/registry';
import { buildMapGrid, type MapGrid } from './map-grid';
import { MAP_BAND_COLOURS, MAP_COLOURS, MAP_FONT_FAMILY, areaColour } from './map-colours';
import { renderEnterpriseBand } from './map-svg-enterprise';
import {
  MAP_SIZES as S,
  headingBox,
  headingLines,
  processBox,
  processBoxHeight,
  paintedBox,
  type MapPaint,
} from './map-svg-boxes';
import { renderMapLegend, type MapLegendEntry } from './map-svg-legend';
import { el, renderSvgDocument, type SvgElement } from './svg-builder';
import { wrapText } from './text-wrap';

/** Options of `renderFrameworkMapSvg`. */
export interface FrameworkMapSvgOptions {
  /** Where names come from (e.g. an imported GB921 pack); defaults to the built-in pack. */
  catalogue?: FrameworkCatalogue;
  /** Width of a column of processes in px; row-header columns are 0.9 of it (as on screen). */
  columnWidth?: number;
  /** Repaints processes (the heat map): their colours, and a caption after the id. */
  paint?: MapPaint;
  /** Replaces the title (default: "Level 0 and level 1 map with its level 2 processes, <pack>"). */
  title?: string;
  /** A key drawn under the title (the heat map's steps), as shapes and text. */
  legend?: readonly MapLegendEntry[];
  /** `none` leaves the page unpainted (a transparent PNG); the theme's surface by default. */
  background?: 'none';
}

const MARGIN = 16;
const TITLE_SIZE = 15;
const NOTE_SIZE = 11;

const band = (index: number) => MAP_BAND_COLOURS[index % MAP_BAND_COLOURS.length]!;

const rowHeaderStyle = (index: number) => ({
  fill: band(index).band,
  stroke: band(index).band,
  strokeWidth: 1,
  idColour: 'rgba(255,255,255,0.85)',
  nameColour: MAP_COLOURS.onDark,
  bold: true,
  centred: false,
});

const itemStyle = (index: number, wide: boolean) => ({
  fill: band(index).soft,
  stroke: band(index).band,
  strokeWidth: wide ? 2 : 1,
  idColour: band(index).band,
  nameColour: MAP_COLOURS.text,
  bold: false,
  centred: wide,
});

/** The left edge of each grid line, from the left margin. */
function columnEdges(grid: MapGrid, columnWidth: number): number[] {
  const widths = grid.columnKinds.map((k) => (k === 'header' ? columnWidth * 0.9 : columnWidth));
  const left = [MARGIN];
  for (const width of widths) left.push(left[left.length - 1]! + width + S.gap);
  return left;
}

/** Column edges and row heights of the grid, sized so every box's text fits. */
function measureGrid(grid: MapGrid, columnWidth: number, paint?: MapPaint) {
  const left = columnEdges(grid, columnWidth);
  const xOf = (line: number) => left[line - 1]!;
  const widthOf = (from: number, to: number) => xOf(to) - xOf(from) - S.gap;

  const heights = Array.from({ length: grid.rows + 1 }, () => 0);
  const need = (row: number, height: number) => (heights[row] = Math.max(heights[row]!, height));
  for (const area of grid.areas) {
    const label = area.processId ? `${area.processId} ${area.label}` : area.label;
    const width = widthOf(area.colStart, area.colEnd);
    const lines = headingLines(label, width, S.areaSize, S.areaPadX).length;
    need(area.rowStart, lines * S.areaSize * S.lineHeight + 2 * S.padY);
  }
  for (const column of grid.columnHeaders) {
    const width = widthOf(column.colStart, column.colEnd);
    const lines = headingLines(column.label, width, S.columnHeaderSize, S.columnHeaderPad).length;
    need(column.rowStart, lines * S.columnHeaderSize * S.lineHeight + 2 * S.columnHeaderPad + 2);
  }
  for (const item of grid.items) {
    const width = widthOf(item.colStart, item.colEnd);
    const { style } = paintedBox(item.id, itemStyle(item.band, item.wide), paint);
    need(item.rowStart, processBoxHeight(item.name, width, style));
  }
  // A row header spanning several lanes grows its last lane when its name needs more room.
  for (const header of grid.rowHeaders) {
    const width = widthOf(header.colStart, header.colEnd);
    const wanted = processBoxHeight(header.label, width, rowHeaderStyle(header.band));
    let have = -S.gap;
    for (let r = header.rowStart; r < header.rowEnd; r += 1) have += heights[r]! + S.gap;
    if (wanted > have) heights[header.rowEnd - 1]! += wanted - have;
  }
  const top = [0, 0];
  for (let r = 1; r <= grid.rows; r += 1) top.push(top[r]! + heights[r]! + S.gap);
  const box = (b: { rowStart: number; rowEnd: number; colStart: number; colEnd: number }) => ({
    x: xOf(b.colStart),
    y: top[b.rowStart]!,
    width: widthOf(b.colStart, b.colEnd),
    height: top[b.rowEnd]! - top[b.rowStart]! - S.gap,
  });
  return { box, width: widthOf(1, grid.columns + 1), height: top[grid.rows + 1]! - S.gap };
}

function drawGrid(grid: MapGrid, columnWidth: number, offsetY: number, paint?: MapPaint) {
  const m = measureGrid(grid, columnWidth, paint);
  const at = (b: Parameters<typeof m.box>[0]) => {
    const r = m.box(b);
    return { ...r, y: r.y + offsetY };
  };
  const parts: SvgElement[] = [];
  for (const area of grid.areas) {
    const box = at(area);
    const label = area.processId ? `${area.processId} ${area.label}` : area.label;
    const lines = headingLines(label, box.width, S.areaSize, S.areaPadX);
    const fill = areaColour(area.key);
    parts.push(
      headingBox(lines, box, { fill, colour: MAP_COLOURS.onDark, size: S.areaSize, weight: 700 }),
    );
  }
  for (const column of grid.columnHeaders) {
    const box = at(column);
    const lines = headingLines(column.label, box.width, S.columnHeaderSize, S.columnHeaderPad);
    parts.push(
      headingBox(lines, box, {
        fill: MAP_COLOURS.surface2,
        stroke: MAP_COLOURS.border,
        colour: MAP_COLOURS.text,
        size: S.columnHeaderSize,
        weight: 600,
      }),
    );
  }
  for (const row of grid.rowHeaders) {
    const { label } = paintedBox(row.key, rowHeaderStyle(row.band), paint);
    parts.push(processBox(label, row.label, at(row), rowHeaderStyle(row.band)));
  }
  for (const item of grid.items) {
    const { label, style } = paintedBox(item.id, itemStyle(item.band, item.wide), paint);
    parts.push(processBox(label, item.name, at(item), style));
  }
  return { element: el('g', {}, parts), width: m.width, height: m.height };
}

/**
 * The level-0/level-1 map of a scheme (`gb921-v25.5` or `classic-r14`) as a standalone SVG:
 * title, areas, vertical groupings, rows, every L2 in its cells, the Enterprise band and TM
 * Forum's attribution, with the screen's colours, font and text sizes. Text is text (escaped),
 * so the file stays searchable and sharp at any zoom. Throws for a pack without a map.
 */
export function renderFrameworkMapSvg(
  packId: string,
  options: FrameworkMapSvgOptions = {},
): string {
  const layout = getMapLayout(packId);
  const catalogue = options.catalogue ?? getBuiltInCatalogue(packId);
  if (layout === undefined || catalogue === undefined) {
    throw new Error(`No framework map for pack "${packId}"`);
  }
  const grid = buildMapGrid(layout, catalogue);
  const columnWidth = options.columnWidth ?? 150;

  const title =
    options.title ?? `Level 0 and level 1 map with its level 2 processes, ${catalogue.pack.label}`;
  const titleBlock = TITLE_SIZE * S.lineHeight + 8;
  const gridWidth = columnEdges(grid, columnWidth)[grid.columns]! - MARGIN - S.gap;
  const legend =
    options.legend === undefined || options.legend.length === 0
      ? null
      : renderMapLegend(options.legend, { x: MARGIN, y: MARGIN + titleBlock, width: gridWidth });
  const gridTop = MARGIN + titleBlock + (legend === null ? 0 : legend.height + 6);
  const drawn = drawGrid(grid, columnWidth, gridTop, options.paint);
  const width = drawn.width;
  const enterpriseTop = gridTop + drawn.height + 10;
  const enterprise = renderEnterpriseBand(
    grid,
    { x: MARGIN, y: enterpriseTop, width },
    options.paint,
  );
  const notes = wrapText(GB921_ATTRIBUTION, width, NOTE_SIZE);
  const notesTop = enterpriseTop + enterprise.height + 12;
  const totalWidth = width + 2 * MARGIN;
  const totalHeight = notesTop + notes.length * NOTE_SIZE * S.lineHeight + MARGIN;

  const root = el(
    'svg',
    {
      width: totalWidth,
      height: totalHeight,
      viewBox: `0 0 ${Math.round(totalWidth * 100) / 100} ${Math.round(totalHeight * 100) / 100}`,
      role: 'img',
      'font-family': MAP_FONT_FAMILY,
    },
    el('title', {}, title),
    options.background !== 'none' &&
      el('rect', { x: 0, y: 0, width: totalWidth, height: totalHeight, fill: MAP_COLOURS.surface }),
    el(
      'text',
      {
        x: MARGIN,
        y: MARGIN + TITLE_SIZE,
        'font-size': TITLE_SIZE,
        'font-weight': 700,
        fill: MAP_COLOURS.text,
      },
      title,
    ),
    legend?.element,
    drawn.element,
    enterprise.element,
    notes.map((line, i) =>
      el(
        'text',
        {
          x: MARGIN,
          y: notesTop + NOTE_SIZE + i * NOTE_SIZE * S.lineHeight,
          'font-size': NOTE_SIZE,
          fill: MAP_COLOURS.muted,
        },
        line,
      ),
    ),
  );
  return renderSvgDocument(root);
}
