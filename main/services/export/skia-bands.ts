import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import type { DrawList, DrawOp } from './svg-draw-list';
import { pngWriter } from './png-writer';

/**
 * Draws a draw list (`svg-draw-list.ts`) with Skia into a PNG, band by band: one canvas a band
 * high and the picture wide is reused for every band, each band draws only the operations that
 * reach into it (a shape crossing a band's edge is drawn in both, clipped by the canvas), and
 * its rows go to the PNG's deflate stream while the next band is drawn. A whole-picture pixmap
 * (160 MB at 40 M pixels) costs more in fresh memory than drawing does; bands of a few MB stay
 * warm in the cache and keep the export's memory bounded.
 */

/**
 * About this many bytes of pixels a band (60 rows of the 2,000-node benchmark's 13,035 px):
 * each band's pixels are read out into a new buffer (freed at once, `releaseAtOnce`), and
 * buffers of a few MB come back from the allocator warm, where a whole picture's worth of fresh
 * memory costs more than drawing it.
 */
const BAND_BYTES = 3 * 1024 * 1024;

/** What `drawBands` draws. */
export interface BandOptions {
  /** Pixels per unit of the draw list. */
  scale: number;
  /** The pixel size of the PNG. */
  width: number;
  height: number;
  /** White, or transparent where nothing is painted. */
  background: 'white' | 'transparent';
  /** Called after each band but the last; what it throws stops the drawing. */
  betweenBands?: () => void;
}

/** Lets the event loop run (IPC, progress) between bands of a long export. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A Path2D per path operation, made when first drawn and kept for the next band. */
const paths = new WeakMap<DrawOp, Path2D>();

function pathOf(op: DrawOp & { kind: 'path' }): Path2D {
  let path = paths.get(op);
  if (path === undefined) {
    path = new Path2D(op.d);
    paths.set(op, path);
  }
  return path;
}

/** The canvas state last set, so a band sets each only when it changes. */
interface PenState {
  font: string;
  align: string;
  fill: string;
  stroke: string;
  lineWidth: number;
  dash: readonly number[];
}

function setFill(ctx: SKRSContext2D, pen: PenState, colour: string) {
  if (pen.fill !== colour) ctx.fillStyle = pen.fill = colour;
}

function drawOp(ctx: SKRSContext2D, op: DrawOp, scale: number, top: number, pen: PenState) {
  const [a, b, c, d, e, f] = op.matrix;
  ctx.setTransform(a * scale, b * scale, c * scale, d * scale, e * scale, f * scale - top);
  if (op.kind === 'text') {
    if (pen.font !== op.font) ctx.font = pen.font = op.font;
    if (pen.align !== op.align) ctx.textAlign = pen.align = op.align;
    setFill(ctx, pen, op.fill);
    ctx.fillText(op.text, op.x, op.y);
    return;
  }
  let path: Path2D | null = null;
  if (op.kind === 'path') path = pathOf(op);
  else {
    ctx.beginPath();
    if (op.radius > 0) ctx.roundRect(op.x, op.y, op.width, op.height, op.radius);
    else ctx.rect(op.x, op.y, op.width, op.height);
  }
  const { fill, stroke, strokeWidth, dash } = op.paint;
  if (fill !== null) {
    setFill(ctx, pen, fill);
    if (path === null) ctx.fill();
    else ctx.fill(path);
  }
  if (stroke === null || strokeWidth <= 0) return;
  if (pen.stroke !== stroke) ctx.strokeStyle = pen.stroke = stroke;
  if (pen.lineWidth !== strokeWidth) ctx.lineWidth = pen.lineWidth = strokeWidth;
  if (pen.dash !== dash) {
    ctx.setLineDash([...dash]);
    pen.dash = dash;
  }
  if (path === null) ctx.stroke();
  else ctx.stroke(path);
}

/**
 * Copies `rows` rows of premultiplied RGBA (Skia's pixels) into PNG rows, each after its filter
 * byte (0: none). With a transparent background the partly covered pixels are divided by their
 * alpha, as PNG stores straight colour.
 */
function packRows(pixels: Buffer, rows: number, width: number, out: Buffer, straighten: boolean) {
  const rowBytes = width * 4;
  for (let y = 0; y < rows; y += 1) {
    const at = y * (rowBytes + 1);
    out[at] = 0;
    pixels.copy(out, at + 1, y * rowBytes, (y + 1) * rowBytes);
    if (!straighten) continue;
    for (let i = at + 1; i < at + 1 + rowBytes; i += 4) {
      const alpha = out[i + 3]!;
      if (alpha === 0 || alpha === 255) continue;
      out[i] = Math.min(255, Math.round((out[i]! * 255) / alpha));
      out[i + 1] = Math.min(255, Math.round((out[i + 1]! * 255) / alpha));
      out[i + 2] = Math.min(255, Math.round((out[i + 2]! * 255) / alpha));
    }
  }
}

/**
 * Frees a band's pixels now instead of at the next garbage collection. `canvas.data()` copies
 * them into a new buffer each band; left to the collector, every band's read landed in memory
 * the process had not touched yet, and reading 161 MB of pixels (2,000 nodes) took about
 * 300 ms instead of 170. Detaching the buffer (transferring it to a new one of no bytes) frees
 * its memory at once, for the next band to reuse.
 */
function releaseAtOnce(pixels: Buffer): void {
  (pixels.buffer as ArrayBuffer & { transfer(length: number): ArrayBuffer }).transfer(0);
}

/** Draws `list` band by band and returns the PNG file. */
export async function drawBands(list: DrawList, options: BandOptions): Promise<Uint8Array> {
  const { scale, width, height } = options;
  const bandRows = Math.max(1, Math.min(height, Math.floor(BAND_BYTES / (width * 4))));
  const canvas = createCanvas(width, bandRows);
  const ctx = canvas.getContext('2d');
  // SVG's stroke defaults where the canvas's differ.
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.miterLimit = 4;
  ctx.textBaseline = 'alphabetic';
  const pen: PenState = { font: '', align: '', fill: '', stroke: '', lineWidth: -1, dash: [] };
  ctx.setLineDash([]);
  const writer = pngWriter(width, height);
  // Two buffers in turn: one is compressed while the other is filled.
  const buffers = [0, 1].map(() => Buffer.allocUnsafe(bandRows * (width * 4 + 1)));
  const inFlight: Array<Promise<void>> = [Promise.resolve(), Promise.resolve()];
  // Anti-aliasing reaches a pixel past an edge: a band also draws what ends just above it.
  const margin = 1 / scale;
  for (let top = 0, band = 0; top < height; top += bandRows, band += 1) {
    const rows = Math.min(bandRows, height - top);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (options.background === 'white') {
      setFill(ctx, pen, '#ffffff');
      ctx.fillRect(0, 0, width, bandRows);
    } else ctx.clearRect(0, 0, width, bandRows);
    const from = top / scale - margin;
    const to = (top + rows) / scale + margin;
    for (const op of list.ops) {
      if (op.bottom >= from && op.top <= to) drawOp(ctx, op, scale, top, pen);
    }
    const slot = band % 2;
    await inFlight[slot];
    const buffer = buffers[slot]!;
    const pixels = canvas.data();
    packRows(pixels, rows, width, buffer, options.background === 'transparent');
    releaseAtOnce(pixels);
    const written = writer.write(buffer.subarray(0, rows * (width * 4 + 1)));
    // Awaited two bands on (or at the end); marked handled now so no failure goes unheard.
    written.catch(() => undefined);
    inFlight[slot] = written;
    await yieldToEventLoop();
    if (top + rows < height) options.betweenBands?.();
  }
  await Promise.all(inFlight);
  return writer.finish();
}
