import type { DiagramNode, NodeStyle } from '../model/diagram-schema';
import { baselineOf, oneLine, type TextSetting } from './diagram-text';
import { bandColours, withAlpha, type DiagramPalette, type DiagramTheme } from './diagram-theme';
import { MAP_MONO_FAMILY } from './map-colours';
import { el, type SvgElement } from './svg-builder';
import { NODE_TEXT, nodeTextColumn, nodeTextLines } from './node-text';
import { measureText } from './text-wrap';

/**
 * Every node kind drawn as the canvas draws it (`renderer/canvas/nodes/*.tsx` and their CSS):
 * the same fills, borders, radii, paddings, headers and text fitting. CSS borders lie inside
 * the box, so an outline of width w is stroked on the box inset by w/2.
 */

/** A framework process as a diagram shows it. */
export interface FrameworkNodeInfo {
  name: string;
  level: number;
  /** The map band it is coloured by (`band-<n>` or the enterprise band); null for none. */
  band: number | 'enterprise' | null;
  /** A badge after the level: the pack's short name when it is not the workspace's. */
  badge?: string;
}

/** The names a diagram needs that it does not hold itself. */
export interface DiagramNames {
  /** A company process of processes.json; undefined when it is missing. */
  process(processId: string): { name: string; code?: string } | undefined;
  /** A framework process of a pack; undefined when the pack lacks it. */
  framework(pack: string, processId: string): FrameworkNodeInfo | undefined;
}

/** What drawing a node needs besides the node. */
export interface NodeDrawing {
  palette: DiagramPalette;
  theme: DiagramTheme;
  names: DiagramNames;
}

const HEAD: TextSetting = { fontSize: 12, lineHeight: 16, bold: true };

/** A box with a CSS border of `width` drawn inside it. */
function outline(
  node: DiagramNode,
  paint: { fill: string; stroke: string; width: number; radius: number; dashed?: boolean },
): SvgElement {
  const half = paint.width / 2;
  return el('rect', {
    x: node.x + half,
    y: node.y + half,
    width: Math.max(0, node.width - paint.width),
    height: Math.max(0, node.height - paint.width),
    rx: Math.max(0, paint.radius - half),
    fill: paint.fill,
    stroke: paint.stroke,
    'stroke-width': paint.width,
    'stroke-dasharray': paint.dashed ? `${paint.width * 3} ${paint.width * 2}` : undefined,
  });
}

/** Lines of text, each its own `<text>` (a PDF writer places each line as it is). */
function textLines(
  lines: readonly string[],
  at: { x: number; top: number; anchor: 'start' | 'middle' },
  setting: TextSetting,
  fill: string,
): SvgElement[] {
  return lines.map((line, i) =>
    el(
      'text',
      {
        x: at.x,
        y: baselineOf(at.top + i * setting.lineHeight, setting),
        'font-size': setting.fontSize,
        'font-weight': setting.bold ? 600 : undefined,
        'text-anchor': at.anchor === 'middle' ? 'middle' : undefined,
        fill,
      },
      line,
    ),
  );
}

/** A small pill (level, badge, marker) of a header row. */
interface Chip {
  text: string;
  mono?: boolean;
  colour: string;
  fill?: string;
  border?: string;
  pad: number;
  weight: number;
}

const chipWidth = (chip: Chip) =>
  (chip.mono ? chip.text.length * HEAD.fontSize * 0.6 : measureText(chip.text, 12, true)) +
  2 * chip.pad +
  (chip.border ? 2 : 0);

/**
 * A header row of chips, centred in `width`, or from the left when they do not all fit
 * (`justify-content: safe center`); chips past the right edge are left out, as the canvas
 * clips them.
 */
function headerRow(chips: readonly Chip[], left: number, width: number, top: number) {
  const gap = 4;
  const total = chips.reduce((sum, chip) => sum + chipWidth(chip), 0) + gap * (chips.length - 1);
  let x = total <= width ? left + (width - total) / 2 : left;
  const out: SvgElement[] = [];
  for (const chip of chips) {
    const w = chipWidth(chip);
    if (x + w > left + width + 0.5) break;
    if (chip.fill) {
      out.push(
        el('rect', {
          x,
          y: top,
          width: w,
          height: HEAD.lineHeight,
          rx: 8,
          fill: chip.fill,
          stroke: chip.border,
          'stroke-width': chip.border ? 1 : undefined,
        }),
      );
    }
    out.push(
      el(
        'text',
        {
          x: x + w / 2,
          y: baselineOf(top, HEAD),
          'font-size': 12,
          'font-family': chip.mono ? MAP_MONO_FAMILY : undefined,
          'font-weight': chip.weight,
          'text-anchor': 'middle',
          fill: chip.colour,
        },
        chip.text,
      ),
    );
    x += w + gap;
  }
  return out;
}

const textColour = (style: NodeStyle | undefined, fallback: string) => style?.text ?? fallback;

/** A box, a note or free text: the node's own words. */
function drawTextNode(
  node: Extract<DiagramNode, { kind: 'box' | 'note' | 'text' }>,
  p: DiagramPalette,
) {
  const style = node.style;
  const shapes: SvgElement[] = [];
  const { setting } = nodeTextColumn(node.kind, node.width, node.height);
  const border = node.kind === 'box' ? 1.5 : 1;
  const pad = node.kind === 'text' ? { x: 6, y: 4 } : { x: 10, y: 8 };
  const text = node.kind === 'box' ? node.label : node.text;
  const lines = nodeTextLines(node.kind, text, node.width, node.height);
  if (node.kind === 'box') {
    shapes.push(
      outline(node, {
        fill: style?.fill ?? p.nodeBox,
        stroke: style?.border ?? p.nodeBoxBorder,
        width: 1.5,
        radius: 6,
      }),
    );
  } else if (node.kind === 'note') {
    shapes.push(
      outline(node, {
        fill: style?.fill ?? p.nodeNote,
        stroke: style?.border ?? p.nodeNoteBorder,
        width: 1,
        radius: 2,
      }),
      ...foldedCorner(node, p),
    );
  } else if (style?.fill || style?.border) {
    shapes.push(
      outline(node, {
        fill: style.fill ?? 'none',
        stroke: style.border ?? 'none',
        width: 1,
        radius: 0,
        dashed: true,
      }),
    );
  }
  const block = lines.length * setting.lineHeight;
  // Notes start at the top; boxes and free text centre their lines in the box.
  const top = node.kind === 'note' ? node.y + border + pad.y : node.y + (node.height - block) / 2;
  const centred = node.kind === 'box';
  shapes.push(
    ...textLines(
      lines,
      {
        x: centred ? node.x + node.width / 2 : node.x + border + pad.x,
        top,
        anchor: centred ? 'middle' : 'start',
      },
      setting,
      textColour(style, p.text),
    ),
  );
  return shapes;
}

/** The note's folded top-right corner: 9 px of canvas, then 4 px of the border colour. */
function foldedCorner(node: DiagramNode, p: DiagramPalette): SvgElement[] {
  const right = node.x + node.width;
  const corner = (size: number, fill: string) =>
    el('polygon', {
      points: `${right - size} ${node.y} ${right} ${node.y} ${right} ${node.y + size}`,
      fill,
    });
  // The gradient runs at 45 degrees: its 9 px and 13 px are the triangles' heights.
  return [corner(13 * Math.SQRT2, p.nodeNoteBorder), corner(9 * Math.SQRT2, p.canvas)];
}

/** A framework process, coloured by its domain's band, with id, level and badges. */
function drawFramework(
  node: Extract<DiagramNode, { kind: 'framework' }>,
  { palette: p, theme, names }: NodeDrawing,
) {
  const info = names.framework(node.pack, node.processId);
  const band = info && info.band !== null ? bandColours(info.band, theme) : null;
  const missing = info === undefined;
  const fill = missing ? p.surface2 : (node.style?.fill ?? band?.soft ?? p.nodeFramework);
  const stroke = missing ? p.warn : (node.style?.border ?? band?.band ?? p.accent);
  const shapes: SvgElement[] = [];
  if (missing) {
    shapes.push(outline(node, { fill, stroke, width: 1.5, radius: 6, dashed: true }));
    shapes.push(el('rect', { x: node.x, y: node.y, width: 6, height: node.height, fill: stroke }));
  } else {
    // The 6 px left border: the whole box in the border colour, the fill inset from it.
    shapes.push(
      el('rect', {
        x: node.x,
        y: node.y,
        width: node.width,
        height: node.height,
        rx: 6,
        fill: stroke,
      }),
      el('path', { d: insetPath(node, { left: 6, other: 1.5, radius: 4.5 }), fill }),
    );
  }
  const left = node.x + 6 + 10;
  const width = node.width - 6 - 1.5 - 20;
  const chips: Chip[] = [
    {
      text: node.processId,
      mono: true,
      colour: node.style?.text ?? band?.band ?? p.accentStrong,
      pad: 0,
      weight: 700,
    },
  ];
  if (info) {
    chips.push({
      text: `L${info.level}`,
      colour: p.surface,
      fill: band?.band ?? p.accent,
      pad: 5,
      weight: 600,
    });
  }
  if (info?.badge) {
    chips.push({
      text: info.badge,
      colour: p.accentStrong,
      fill: p.accentSoft,
      border: p.accent,
      pad: 5,
      weight: 600,
    });
  }
  if (missing) chips.push(missingChip('Missing in pack', p));
  const name = info?.name ?? `Unknown process ${node.processId}`;
  return [
    ...shapes,
    ...processText(
      node,
      chips,
      name,
      { left, width },
      missing ? p.muted : textColour(node.style, p.text),
    ),
  ];
}

const missingChip = (text: string, p: DiagramPalette): Chip => ({
  text,
  colour: p.warn,
  fill: p.warnSoft,
  border: p.warnBorder,
  pad: 5,
  weight: 600,
});

/** A header row and the name's lines under it, the two centred in the box together. */
function processText(
  node: Extract<DiagramNode, { kind: 'framework' | 'process' }>,
  chips: readonly Chip[],
  name: string,
  column: { left: number; width: number },
  colour: string,
): SvgElement[] {
  const lines = nodeTextLines(node.kind, name, node.width, node.height);
  const block = HEAD.lineHeight + 2 + lines.length * NODE_TEXT.lineHeight;
  const top = node.y + (node.height - block) / 2;
  return [
    ...headerRow(chips, column.left, column.width, top),
    ...textLines(
      lines,
      { x: column.left + column.width / 2, top: top + HEAD.lineHeight + 2, anchor: 'middle' },
      NODE_TEXT,
      colour,
    ),
  ];
}

/** A box's inside once its borders are taken off: square on the left, rounded on the right. */
function insetPath(
  node: DiagramNode,
  inset: { left: number; other: number; radius: number },
): string {
  const x0 = node.x + inset.left;
  const y0 = node.y + inset.other;
  const x1 = node.x + node.width - inset.other;
  const y1 = node.y + node.height - inset.other;
  const r = Math.max(0, Math.min(inset.radius, (x1 - x0) / 2, (y1 - y0) / 2));
  const n = (v: number) => Math.round(v * 100) / 100;
  return [
    `M ${n(x0)} ${n(y0)}`,
    `L ${n(x1 - r)} ${n(y0)}`,
    `Q ${n(x1)} ${n(y0)} ${n(x1)} ${n(y0 + r)}`,
    `L ${n(x1)} ${n(y1 - r)}`,
    `Q ${n(x1)} ${n(y1)} ${n(x1 - r)} ${n(y1)}`,
    `L ${n(x0)} ${n(y1)} Z`,
  ].join(' ');
}

/** One of the company's processes: rounded, teal, its "Company" marker and code. */
function drawCompany(
  node: Extract<DiagramNode, { kind: 'process' }>,
  { palette: p, names }: NodeDrawing,
) {
  const process = names.process(node.processId);
  const missing = process === undefined;
  const borderColour = missing ? p.danger : (node.style?.border ?? p.nodeProcessBorder);
  const chips: Chip[] = [
    { text: 'Company', colour: p.surface, fill: borderColour, pad: 6, weight: 700 },
  ];
  if (process?.code) {
    chips.push({
      text: process.code,
      mono: true,
      colour: node.style?.text ?? p.nodeProcessBorder,
      pad: 0,
      weight: 700,
    });
  }
  if (missing) chips.push(missingChip('Missing', p));
  return [
    outline(node, {
      fill: missing ? p.dangerSoft : (node.style?.fill ?? p.nodeProcess),
      stroke: borderColour,
      width: 1.5,
      radius: 14,
      dashed: missing,
    }),
    ...processText(
      node,
      chips,
      process?.name ?? `Missing process ${node.processId}`,
      { left: node.x + 1.5 + 12, width: node.width - 3 - 24 },
      textColour(node.style, p.text),
    ),
  ];
}

/** A group (dashed frame, title at the top left) or a lane (band, title up its header). */
function drawContainer(node: Extract<DiagramNode, { kind: 'group' }>, p: DiagramPalette) {
  const style = node.style;
  if (node.variant === 'group') {
    const title: TextSetting = { fontSize: 12, lineHeight: 17, bold: true };
    const width = node.width - 3 - 20;
    return [
      outline(node, {
        fill: style?.fill ?? withAlpha(p.surface2, 0.55),
        stroke: style?.border ?? p.borderStrong,
        width: 1.5,
        radius: 10,
        dashed: true,
      }),
      el(
        'text',
        {
          x: node.x + 1.5 + 10,
          y: baselineOf(node.y + 1.5 + 4, title),
          'font-size': 12,
          'font-weight': 700,
          fill: style?.text ?? p.muted,
        },
        oneLine(node.label.toUpperCase(), width, title),
      ),
    ];
  }
  const header = 34;
  const title: TextSetting = { fontSize: 13, lineHeight: 17, bold: true };
  const middle = { x: node.x + 1 + header / 2, y: node.y + node.height / 2 };
  return [
    outline(node, {
      fill: style?.fill ?? withAlpha(p.surface2, 0.45),
      stroke: style?.border ?? p.borderStrong,
      width: 1,
      radius: 0,
    }),
    el('rect', {
      x: node.x + 1,
      y: node.y + 1,
      width: header,
      height: Math.max(0, node.height - 2),
      fill: style?.border ?? p.surface2,
    }),
    el('rect', {
      x: node.x + header,
      y: node.y + 1,
      width: 1,
      height: Math.max(0, node.height - 2),
      fill: style?.border ?? p.borderStrong,
    }),
    // The title reads upwards, as `writing-mode: vertical-rl` turned half round shows it.
    el(
      'g',
      { transform: `translate(${round(middle.x)} ${round(middle.y)}) rotate(-90)` },
      el(
        'text',
        {
          x: 0,
          y: title.fontSize * 0.35,
          'font-size': 13,
          'font-weight': 700,
          'text-anchor': 'middle',
          fill: style?.text ?? p.text,
        },
        oneLine(node.label, node.height - 2 - 12, title),
      ),
    ),
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The shapes and text of one node. */
export function drawNode(node: DiagramNode, drawing: NodeDrawing): SvgElement {
  const shapes = (() => {
    switch (node.kind) {
      case 'box':
      case 'note':
      case 'text':
        return drawTextNode(node, drawing.palette);
      case 'framework':
        return drawFramework(node, drawing);
      case 'process':
        return drawCompany(node, drawing);
      case 'group':
        return drawContainer(node, drawing.palette);
    }
  })();
  return el('g', {}, shapes);
}
