import type { MapGrid } from './map-grid';
import { MAP_COLOURS, MAP_ENTERPRISE_BAND, areaColour } from './map-colours';
import {
  MAP_SIZES as S,
  headingBox,
  headingLines,
  processBox,
  processBoxHeight,
  paintedBox,
  type MapPaint,
} from './map-svg-boxes';
import { el, type SvgElement } from './svg-builder';

/**
 * The Enterprise band under the grid, laid out as the CSS does it: boxes in a grid of
 * `repeat(auto-fit, minmax(220px, 1fr))` with 6px gaps, each with a title and its L2s in
 * `repeat(auto-fill, minmax(150px, 1fr))` with 3px gaps.
 */
const BOX_MIN = 220;
const BOX_GAP = 6;
const CHILD_MIN = 150;
const BOX_PAD = 4;

const titleStyle = {
  fill: MAP_COLOURS.enterpriseTitle,
  stroke: MAP_COLOURS.enterpriseTitle,
  strokeWidth: 1,
  idColour: 'rgba(255,255,255,0.85)',
  nameColour: MAP_COLOURS.onDark,
  bold: true,
  centred: false,
};

const childStyle = {
  fill: MAP_ENTERPRISE_BAND.soft,
  stroke: MAP_ENTERPRISE_BAND.band,
  strokeWidth: 1,
  idColour: MAP_ENTERPRISE_BAND.band,
  nameColour: MAP_COLOURS.text,
  bold: false,
  centred: false,
};

/** Columns of an auto-fill / auto-fit grid of `width` with tracks of at least `min`. */
const tracks = (width: number, min: number, gap: number) =>
  Math.max(1, Math.floor((width + gap) / (min + gap)));

type Box = MapGrid['enterprise']['boxes'][number];

function layoutBox(box: Box, width: number, paint?: MapPaint) {
  const inner = width - 2 * (BOX_PAD + 1);
  const titleHeight = processBoxHeight(box.name, inner, titleStyle);
  const columns = tracks(inner, CHILD_MIN, S.gap);
  const childWidth = (inner - S.gap * (columns - 1)) / columns;
  const rowHeights: number[] = [];
  box.children.forEach((child, i) => {
    const row = Math.floor(i / columns);
    const { style } = paintedBox(child.id, childStyle, paint);
    const height = processBoxHeight(child.name, childWidth, style);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, height);
  });
  const childrenHeight = rowHeights.reduce((sum, h) => sum + h + S.gap, 0) - S.gap;
  const height = 2 * (BOX_PAD + 1) + titleHeight + 4 + Math.max(0, childrenHeight);
  return { inner, titleHeight, columns, childWidth, rowHeights, height };
}

function drawBox(
  box: Box,
  at: { x: number; y: number; width: number; height: number },
  paint?: MapPaint,
): SvgElement {
  const { x, y, width, height } = at;
  const l = layoutBox(box, width, paint);
  const left = x + BOX_PAD + 1;
  const titleTop = y + BOX_PAD + 1;
  const parts: SvgElement[] = [
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: 6,
      fill: MAP_COLOURS.enterpriseBoxFill,
      stroke: MAP_COLOURS.enterpriseBoxBorder,
    }),
    processBox(
      paintedBox(box.id, titleStyle, paint).label,
      box.name,
      { x: left, y: titleTop, width: l.inner, height: l.titleHeight },
      titleStyle,
    ),
  ];
  let rowTop = titleTop + l.titleHeight + 4;
  box.children.forEach((child, i) => {
    const column = i % l.columns;
    const row = Math.floor(i / l.columns);
    if (column === 0 && row > 0) rowTop += l.rowHeights[row - 1]! + S.gap;
    const cell = {
      x: left + column * (l.childWidth + S.gap),
      y: rowTop,
      width: l.childWidth,
      height: l.rowHeights[row]!,
    };
    const { label, style } = paintedBox(child.id, childStyle, paint);
    parts.push(processBox(label, child.name, cell, style));
  });
  return el('g', {}, parts);
}

/** Draws the Enterprise band at `at`; returns it with the height it took. */
export function renderEnterpriseBand(
  grid: MapGrid,
  at: { x: number; y: number; width: number },
  paint?: MapPaint,
): { element: SvgElement; height: number } {
  const parts: SvgElement[] = [];
  let y = at.y;
  const label = grid.enterprise.label;
  if (label !== null) {
    const lines = headingLines(label, at.width, S.areaSize, S.areaPadX);
    const height = lines.length * S.areaSize * S.lineHeight + 2 * S.padY;
    parts.push(
      headingBox(
        lines,
        { x: at.x, y, width: at.width, height },
        { fill: areaColour('em'), colour: MAP_COLOURS.onDark, size: S.areaSize, weight: 700 },
      ),
    );
    y += height + 4;
  }
  const boxes = grid.enterprise.boxes;
  // auto-fit: empty tracks collapse, so a single box takes the whole width.
  const columns = Math.min(Math.max(1, boxes.length), tracks(at.width, BOX_MIN, BOX_GAP));
  const boxWidth = (at.width - BOX_GAP * (columns - 1)) / columns;
  for (let start = 0; start < boxes.length; start += columns) {
    const row = boxes.slice(start, start + columns);
    const height = Math.max(...row.map((b) => layoutBox(b, boxWidth, paint).height));
    row.forEach((b, i) =>
      parts.push(
        drawBox(b, { x: at.x + i * (boxWidth + BOX_GAP), y, width: boxWidth, height }, paint),
      ),
    );
    y += height + BOX_GAP;
  }
  if (boxes.length > 0) y -= BOX_GAP;
  return { element: el('g', {}, parts), height: y - at.y };
}
