import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Which characters a TrueType / OpenType font file draws, from its `cmap` table (Unicode
 * subtables of format 4 and 12, the two every current font uses), read alone (about 15 KB of a
 * 630 KB face) once per file and process: the PNG exporter asks on every export whether the
 * export font covers a picture's text (`png-fonts.ts`).
 */

const cache = new Map<string, ReadonlySet<number>>();

/** The Unicode subtables' (platform, encoding) pairs: Windows BMP and full, Unicode BMP and full. */
const UNICODE_SUBTABLES = new Set(['3/1', '3/10', '0/3', '0/4', '0/6']);

/**
 * The code points `file` maps to a glyph other than .notdef; cached per path. Throws an Error
 * naming the file when it cannot be read or is not a font.
 */
export function fontCodePoints(file: string): ReadonlySet<number> {
  const known = cache.get(file);
  if (known !== undefined) return known;
  let points: ReadonlySet<number>;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    points = readCmap(fd);
  } catch (error) {
    // A file too short for the tables it declares is not a font: say which file.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not read the characters of the font ${file}: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  cache.set(file, points);
  return points;
}

/** `length` bytes of the open file `fd` from `position` (fewer at the end of the file). */
function readAt(fd: number, position: number, length: number): DataView {
  const bytes = new Uint8Array(length);
  const read = readSync(fd, bytes, 0, length, position);
  return new DataView(bytes.buffer, 0, read);
}

/** The cmap table alone: a face file is mostly outlines and layout tables, not needed here. */
function readCmapTable(fd: number): DataView {
  const header = readAt(fd, 0, 12);
  const tables = header.getUint16(4);
  const directory = readAt(fd, 12, 16 * tables);
  for (let i = 0; i < tables; i++) {
    const record = 16 * i;
    if (directory.getUint32(record) !== CMAP_TAG) continue;
    const length = directory.getUint32(record + 12);
    // The largest cmap (a CJK font's) is a few MB: a bigger length is a broken file.
    if (length > MAX_CMAP_BYTES) throw new Error(`its cmap table claims ${length} bytes`);
    return readAt(fd, directory.getUint32(record + 8), length);
  }
  throw new Error('it has no cmap table');
}

/** 'cmap' as the big-endian number a table directory holds. */
const CMAP_TAG = 0x636d6170;
const MAX_CMAP_BYTES = 16 * 1024 * 1024;

function readCmap(fd: number): ReadonlySet<number> {
  const font = readCmapTable(fd);
  const points = new Set<number>();
  const subtables = font.getUint16(2);
  for (let i = 0; i < subtables; i++) {
    const record = 4 + 8 * i;
    const pair = `${font.getUint16(record)}/${font.getUint16(record + 2)}`;
    if (!UNICODE_SUBTABLES.has(pair)) continue;
    const at = font.getUint32(record + 4);
    const format = font.getUint16(at);
    if (format === 4) readFormat4(font, at, points);
    else if (format === 12) readFormat12(font, at, points);
  }
  return points;
}

/** Segments of BMP code points, each mapped by a delta or through the glyph id array. */
function readFormat4(font: DataView, at: number, points: Set<number>): void {
  const segments = font.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = font.getUint16(ends + 2 * s);
    const start = font.getUint16(starts + 2 * s);
    const delta = font.getInt16(deltas + 2 * s);
    const rangeAt = rangeOffsets + 2 * s;
    const rangeOffset = font.getUint16(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = font.getUint16(rangeAt + rangeOffset + 2 * (code - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(code);
    }
  }
}

/** Groups of consecutive code points mapped to consecutive glyphs (the whole of Unicode). */
function readFormat12(font: DataView, at: number, points: Set<number>): void {
  const groups = font.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + 12 * g;
    const start = font.getUint32(group);
    const end = font.getUint32(group + 4);
    const firstGlyph = font.getUint32(group + 8);
    for (let code = start; code <= end; code++) {
      if (firstGlyph + (code - start) !== 0) points.add(code);
    }
  }
}
