import { MAP_MONO_FAMILY } from './map-colours';
import { el, type SvgElement } from './svg-builder';
import { wrapText } from './text-wrap';

/**
 * Sizes and drawing of the map's boxes in the SVG export, taken from the map's CSS so the export
 * looks like the screen: `.map-l2` and friends (padding 4px 6px, 11.5px text, line-height 1.25,
 * 10px bold id, 4px radius), `.map-area` (13px bold, padding 4px 8px), `.map-column-header`
 * (12px semi-bold, padding 4px).
 */
export const MAP_SIZES = {
  gap: 3,
  radius: 4,
  nameSize: 11.5,
  idSize: 10,
  lineHeight: 1.25,
  padX: 6,
  padY: 4,
  idGap: 1,
  areaSize: 13,
  areaPadX: 8,
  columnHeaderSize: 12,
  columnHeaderPad: 4,
} as const;

const S = MAP_SIZES;

/** How a process box is painted. */
export interface ProcessBoxStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  idColour: string;
  nameColour: string;
  bold: boolean;
  centred: boolean;
}

/** How one process of the map is repainted: box colours and a caption printed after its id. */
export interface ProcessPaint {
  fill: string;
  stroke: string;
  idColour: string;
  nameColour: string;
  caption?: string;
}

/** Gives the paint of a process by id, or undefined to keep the map's own colours. */
export type MapPaint = (id: string) => ProcessPaint | undefined;

/** A box's id line and style once `paint` has had its say. */
export function paintedBox<S extends ProcessBoxStyle>(
  id: string,
  style: S,
  paint: MapPaint | undefined,
): { label: string; style: S } {
  const p = paint?.(id);
  if (p === undefined) return { label: id, style };
  const { caption, ...colours } = p;
  return {
    label: caption === undefined ? id : `${id}  ${caption}`,
    style: { ...style, ...colours },
  };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function nameLines(name: string, width: number, style: ProcessBoxStyle): string[] {
  return wrapText(name, width - 2 * S.padX - 2 * style.strokeWidth, S.nameSize, style.bold);
}

/** The height a process box of `width` needs for its id and wrapped name. */
export function processBoxHeight(name: string, width: number, style: ProcessBoxStyle): number {
  const lines = Math.max(1, nameLines(name, width, style).length);
  return (
    2 * S.padY +
    2 * style.strokeWidth +
    S.idSize * S.lineHeight +
    S.idGap +
    lines * S.nameSize * S.lineHeight
  );
}

/** The y of a baseline for a line of `size` text whose line box starts at `top`. */
function baseline(top: number, size: number): number {
  return top + (size * S.lineHeight - size) / 2 + size * 0.82;
}

/** A process: its box, its id above its name, vertically centred like the flex box on screen. */
export function processBox(
  id: string,
  name: string,
  box: Rect,
  style: ProcessBoxStyle,
): SvgElement {
  const lines = nameLines(name, box.width, style);
  const content = S.idSize * S.lineHeight + S.idGap + lines.length * S.nameSize * S.lineHeight;
  let top = box.y + (box.height - content) / 2;
  const x = style.centred ? box.x + box.width / 2 : box.x + style.strokeWidth + S.padX;
  const anchor = style.centred ? 'middle' : undefined;
  const texts: SvgElement[] = [
    el(
      'text',
      {
        x,
        y: baseline(top, S.idSize),
        'font-size': S.idSize,
        'font-family': MAP_MONO_FAMILY,
        'font-weight': 700,
        fill: style.idColour,
        'text-anchor': anchor,
      },
      id,
    ),
  ];
  top += S.idSize * S.lineHeight + S.idGap;
  for (const line of lines) {
    texts.push(
      el(
        'text',
        {
          x,
          y: baseline(top, S.nameSize),
          'font-size': S.nameSize,
          'font-weight': style.bold ? 600 : undefined,
          fill: style.nameColour,
          'text-anchor': anchor,
        },
        line,
      ),
    );
    top += S.nameSize * S.lineHeight;
  }
  const inset = style.strokeWidth / 2;
  return el(
    'g',
    {},
    el('title', {}, `${id} ${name}`),
    el('rect', {
      x: box.x + inset,
      y: box.y + inset,
      width: box.width - style.strokeWidth,
      height: box.height - style.strokeWidth,
      rx: S.radius,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
    }),
    ...texts,
  );
}

/** Centred heading text (areas, columns): its wrapped lines at `size`. */
export function headingLines(label: string, width: number, size: number, pad: number): string[] {
  return wrapText(label, width - 2 * pad - 2, size, true);
}

/** A filled box with centred bold lines: a level-0 area or a column header. */
export function headingBox(
  lines: readonly string[],
  box: Rect,
  paint: { fill: string; stroke?: string; colour: string; size: number; weight: number },
): SvgElement {
  const lineHeight = paint.size * S.lineHeight;
  let top = box.y + (box.height - lines.length * lineHeight) / 2;
  const texts = lines.map((line) => {
    const text = el(
      'text',
      {
        x: box.x + box.width / 2,
        y: baseline(top, paint.size),
        'font-size': paint.size,
        'font-weight': paint.weight,
        fill: paint.colour,
        'text-anchor': 'middle',
      },
      line,
    );
    top += lineHeight;
    return text;
  });
  return el(
    'g',
    {},
    el('rect', {
      x: box.x + 0.5,
      y: box.y + 0.5,
      width: box.width - 1,
      height: box.height - 1,
      rx: S.radius,
      fill: paint.fill,
      stroke: paint.stroke ?? paint.fill,
      'stroke-width': 1,
    }),
    ...texts,
  );
}
