import { deflateSync } from 'node:zlib';
import { crc32 } from '../../main/services/export/png-chunks';
import type { Pixels } from './png-pixels';

/**
 * Compares two pictures of the same drawing made by different rasterisers (the canvas in
 * Chromium, an exported PNG drawn with Skia in main): each is cut to its drawing's bounds (the pixels that
 * differ from its background in grey), so a margin or an offset does not count; both are
 * averaged over square blocks, so anti-aliasing and the two engines' glyph shapes mostly cancel
 * out; what is left is counted as the share of blocks whose colour (the largest difference of
 * red, green or blue, so a pale fill counts as much as a dark line) differs by more than a step.
 */

/** A box of pixels, right and bottom exclusive. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `compareDrawings` found. */
export interface DrawingComparison {
  /** The drawing's bounds in each picture. */
  boundsA: PixelBox;
  boundsB: PixelBox;
  /** Share (0..1) of blocks whose mean colour differs by more than `step`. */
  differing: number;
  /** Mean over all blocks of their colour difference, 0..255. */
  meanDifference: number;
  /** A picture of the difference: grey of A, differing blocks in red (for a person to look at). */
  diff: Pixels;
}

export interface CompareOptions {
  /** Side of the square blocks averaged, in pixels; 8 by default. */
  block?: number;
  /** Colour difference (largest of red, green, blue, 0..255) above which a block differs; 24 by default. */
  step?: number;
  /** Grey distance from the background at which a pixel belongs to the drawing; 40 by default. */
  ink?: number;
}

/** Rec. 601 luma of every pixel, composited on white where transparent. */
export function greyOf(pixels: Pixels): Float32Array {
  const grey = new Float32Array(pixels.width * pixels.height);
  for (let i = 0; i < grey.length; i += 1) {
    const alpha = pixels.rgba[i * 4 + 3]! / 255;
    const luma =
      0.299 * pixels.rgba[i * 4]! +
      0.587 * pixels.rgba[i * 4 + 1]! +
      0.114 * pixels.rgba[i * 4 + 2]!;
    grey[i] = luma * alpha + 255 * (1 - alpha);
  }
  return grey;
}

/**
 * The bounds of the drawing: every pixel whose grey is more than `ink` from the background's
 * (the top-left pixel's). Throws when the picture is blank.
 */
export function drawingBounds(grey: Float32Array, width: number, ink = 40): PixelBox {
  const height = grey.length / width;
  const background = grey[0] ?? 255;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (Math.abs(grey[y * width + x]! - background) <= ink) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  if (x1 < 0) throw new Error('the picture is blank: nothing differs from its background');
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** Red, green and blue of every pixel (three values a pixel), composited on white. */
function rgbOf(pixels: Pixels): Float32Array {
  const rgb = new Float32Array(pixels.width * pixels.height * 3);
  for (let i = 0; i < pixels.width * pixels.height; i += 1) {
    const alpha = pixels.rgba[i * 4 + 3]! / 255;
    for (let c = 0; c < 3; c += 1) {
      rgb[i * 3 + c] = pixels.rgba[i * 4 + c]! * alpha + 255 * (1 - alpha);
    }
  }
  return rgb;
}

/** Mean colour of each block of `box`, `block` pixels square, rows of `columns` blocks. */
function blockMeans(rgb: Float32Array, width: number, box: PixelBox, block: number) {
  const columns = Math.floor(box.width / block);
  const rows = Math.floor(box.height / block);
  const means = new Float32Array(columns * rows * 3);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      for (let c = 0; c < 3; c += 1) {
        let sum = 0;
        for (let dy = 0; dy < block; dy += 1) {
          const y = box.y + row * block + dy;
          for (let dx = 0; dx < block; dx += 1) {
            sum += rgb[(y * width + box.x + column * block + dx) * 3 + c]!;
          }
        }
        means[(row * columns + column) * 3 + c] = sum / (block * block);
      }
    }
  }
  return { means, columns, rows };
}

/**
 * Compares the drawings of `a` and `b`, each aligned by its own bounds; the area compared is
 * the smaller of the two bounds (the caller checks that they are about the same size).
 */
export function compareDrawings(
  a: Pixels,
  b: Pixels,
  options: CompareOptions = {},
): DrawingComparison {
  const block = options.block ?? 8;
  const step = options.step ?? 24;
  const boundsA = drawingBounds(greyOf(a), a.width, options.ink);
  const boundsB = drawingBounds(greyOf(b), b.width, options.ink);
  const size = {
    width: Math.min(boundsA.width, boundsB.width),
    height: Math.min(boundsA.height, boundsB.height),
  };
  const blocksA = blockMeans(rgbOf(a), a.width, { ...boundsA, ...size }, block);
  const blocksB = blockMeans(rgbOf(b), b.width, { ...boundsB, ...size }, block);
  const { columns, rows } = blocksA;
  const diff = { width: columns * block, height: rows * block };
  const rgba = new Uint8Array(diff.width * diff.height * 4);
  let differing = 0;
  let total = 0;
  const count = columns * rows;
  for (let i = 0; i < count; i += 1) {
    let delta = 0;
    for (let c = 0; c < 3; c += 1) {
      delta = Math.max(delta, Math.abs(blocksA.means[i * 3 + c]! - blocksB.means[i * 3 + c]!));
    }
    total += delta;
    const over = delta > step;
    if (over) differing += 1;
    const grey = Math.round(
      (blocksA.means[i * 3]! + blocksA.means[i * 3 + 1]! + blocksA.means[i * 3 + 2]!) / 3,
    );
    const [r, g, bl] = over ? [255, 0, 0] : [grey, grey, grey];
    const row = Math.floor(i / columns);
    const column = i % columns;
    for (let dy = 0; dy < block; dy += 1) {
      for (let dx = 0; dx < block; dx += 1) {
        const at = ((row * block + dy) * diff.width + column * block + dx) * 4;
        rgba.set([r, g, bl, 255], at);
      }
    }
  }
  return {
    boundsA,
    boundsB,
    differing: differing / Math.max(1, count),
    meanDifference: total / Math.max(1, count),
    diff: { ...diff, rgba },
  };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGBA picture as a PNG file (no filtering), to save what a test compared for a person. */
export function encodePng(pixels: Pixels): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, pixels.width);
  view.setUint32(4, pixels.height);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = pixels.width * 4;
  const raw = new Uint8Array(pixels.height * (stride + 1));
  for (let y = 0; y < pixels.height; y += 1) {
    raw.set(pixels.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

/**
 * `pixels` with the rows from `top` to `bottom` moved `dx` pixels right (each row's left edge
 * repeated), as if part of the drawing had moved: a control the comparison must fail.
 */
export function shiftRows(pixels: Pixels, top: number, bottom: number, dx: number): Pixels {
  const rgba = Uint8Array.from(pixels.rgba);
  for (let y = Math.max(0, top); y < Math.min(bottom, pixels.height); y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      const from = (y * pixels.width + Math.max(0, x - dx)) * 4;
      rgba.set(pixels.rgba.subarray(from, from + 4), (y * pixels.width + x) * 4);
    }
  }
  return { ...pixels, rgba };
}
