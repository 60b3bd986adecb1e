import { MAP_COLOURS } from './map-colours';
import { el, type SvgElement } from './svg-builder';
import { measureText } from './text-wrap';

/** One entry of a map's key: a swatch of `fill` (outlined in `stroke`) and its label. */
export interface MapLegendEntry {
  fill: string;
  stroke?: string;
  label: string;
}

const SIZE = 12;
const SWATCH = 14;
const GAP = 6;
const ENTRY_GAP = 18;
const ROW = 22;

/**
 * A map's key drawn as SVG shapes and text (no HTML, so PNG and PDF draw it too): entries in a
 * row left to right, wrapping onto further rows within `width`. Returns the group and its height.
 */
export function renderMapLegend(
  entries: readonly MapLegendEntry[],
  at: { x: number; y: number; width: number },
): { element: SvgElement; height: number } {
  const parts: SvgElement[] = [];
  let x = at.x;
  let row = 0;
  for (const entry of entries) {
    const width = SWATCH + GAP + measureText(entry.label, SIZE);
    if (x > at.x && x + width > at.x + at.width) {
      x = at.x;
      row += 1;
    }
    const y = at.y + row * ROW;
    parts.push(
      el('rect', {
        x,
        y,
        width: SWATCH,
        height: SWATCH,
        rx: 2,
        fill: entry.fill,
        stroke: entry.stroke ?? MAP_COLOURS.border,
        'stroke-width': 1,
      }),
      el(
        'text',
        { x: x + SWATCH + GAP, y: y + SWATCH - 2, 'font-size': SIZE, fill: MAP_COLOURS.text },
        entry.label,
      ),
    );
    x += width + ENTRY_GAP;
  }
  const height = entries.length === 0 ? 0 : (row + 1) * ROW;
  return { element: el('g', {}, parts), height };
}
