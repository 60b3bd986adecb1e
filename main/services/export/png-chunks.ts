import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * The chunks of a PNG file (signature, then length / type / data / CRC-32 records up to IEND)
 * and its international text chunk (iTXt), which carries a diagram's bundle inside an exported
 * picture. Written by hand because it is small, and because every length and checksum of a file
 * someone mailed us must be checked before anything is believed.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** The CRC-32 a PNG chunk ends with (ISO 3309), over its type and data: zlib's, in native code. */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes);
}

/** True when `bytes` begin with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** One chunk of a PNG: its type, where its data starts and how long the data is. */
export interface PngChunk {
  type: string;
  /** Byte offset of the chunk's length field in the file. */
  offset: number;
  dataStart: number;
  length: number;
}

const bad = (file: string, message: string): never => {
  throw new HostFailure({ code: 'SCHEMA_ERROR', message: `${file}: ${message}`, file });
};

/**
 * The chunks of `png` up to and including IEND, each length checked against the file's end.
 * Throws a HostFailure naming `file` and the byte offset of the first broken chunk.
 */
export function pngChunks(png: Uint8Array, file: string): PngChunk[] {
  if (!isPng(png)) bad(file, 'is not a PNG picture (its first bytes are not the PNG signature).');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = SIGNATURE.length;
  while (offset < png.length) {
    if (offset + 12 > png.length) bad(file, `the chunk at byte ${offset} is cut off.`);
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) bad(file, `the chunk at byte ${offset} has no valid type.`);
    // A length past the end of the file is refused before anything that large is touched.
    if (length > 0x7fffffff || offset + 12 + length > png.length) {
      bad(
        file,
        `the ${type} chunk at byte ${offset} claims ${length} bytes, past the end of the file.`,
      );
    }
    chunks.push({ type, offset, dataStart: offset + 8, length });
    offset += 12 + length;
    if (type === 'IEND') return chunks;
  }
  return bad(file, 'ends without an IEND chunk (the file is cut off).');
}

/** True when the CRC stored after `chunk` matches its type and data. */
function crcMatches(png: Uint8Array, chunk: PngChunk): boolean {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const stored = view.getUint32(chunk.dataStart + chunk.length);
  return crc32(png.subarray(chunk.offset + 4, chunk.dataStart + chunk.length)) === stored;
}

/** One chunk of a PNG file: length, `type`, `data` and the CRC over type and data. */
export function chunkBytes(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A keyword of a PNG text chunk: 1-79 printable Latin-1 characters. */
const KEYWORD = /^[\x20-\x7e]{1,79}$/;

/**
 * `png` with a compressed iTXt chunk (`keyword`, UTF-8 `text`) put straight after IHDR, where
 * readers meet it before the image data. The picture itself is unchanged.
 */
export function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!KEYWORD.test(keyword)) throw new Error(`PNG text keyword "${keyword}" is not allowed`);
  const [header] = pngChunks(png, 'picture');
  if (header?.type !== 'IHDR') throw new Error('the PNG does not start with IHDR');
  const head = new TextEncoder().encode(keyword);
  // keyword, NUL, compression flag 1, method 0 (zlib), empty language tag and translation.
  const prefix = new Uint8Array([...head, 0, 1, 0, 0, 0]);
  const body = deflateSync(new TextEncoder().encode(text));
  const data = new Uint8Array(prefix.length + body.length);
  data.set(prefix);
  data.set(body, prefix.length);
  const chunk = chunkBytes('iTXt', data);
  const split = header.dataStart + header.length + 4;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, split));
  out.set(chunk, split);
  out.set(png.subarray(split), split + chunk.length);
  return out;
}

/** Where the next NUL is in `data` from `from`, or -1 when none. */
const nulFrom = (data: Uint8Array, from: number) => data.indexOf(0, from);

/**
 * The text of the one iTXt chunk of `png` named `keyword`; null when there is none. Its CRC,
 * layout, compression and UTF-8 are checked, and its text may not exceed `maxBytes` (a
 * compressed chunk is inflated no further). Throws a HostFailure naming `file` otherwise.
 */
export function readTextChunk(
  png: Uint8Array,
  keyword: string,
  file: string,
  maxBytes: number,
): string | null {
  const found: string[] = [];
  for (const chunk of pngChunks(png, file)) {
    if (chunk.type !== 'iTXt') continue;
    const data = png.subarray(chunk.dataStart, chunk.dataStart + chunk.length);
    const end = nulFrom(data, 0);
    if (end < 0 || new TextDecoder('latin1').decode(data.subarray(0, end)) !== keyword) continue;
    const where = `the ${keyword} text chunk at byte ${chunk.offset}`;
    if (!crcMatches(png, chunk)) bad(file, `${where} is damaged (its CRC does not match).`);
    const compressed = data[end + 1];
    const method = data[end + 2];
    const language = nulFrom(data, end + 3);
    const translated = language < 0 ? -1 : nulFrom(data, language + 1);
    if (compressed === undefined || compressed > 1 || method !== 0 || translated < 0) {
      bad(file, `${where} is not a valid iTXt chunk.`);
    }
    const raw = data.subarray(translated + 1);
    let bytes: Uint8Array = raw;
    if (compressed === 1) {
      try {
        bytes = inflateSync(raw, { maxOutputLength: maxBytes });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        bad(
          file,
          code === 'ERR_BUFFER_TOO_LARGE'
            ? `${where} holds more than ${maxBytes} bytes.`
            : `${where} does not decompress (${(error as Error).message}).`,
        );
      }
    }
    if (bytes.length > maxBytes) bad(file, `${where} holds more than ${maxBytes} bytes.`);
    try {
      found.push(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      bad(file, `${where} is not UTF-8 text.`);
    }
  }
  if (found.length > 1) bad(file, `holds ${found.length} ${keyword} text chunks; expected one.`);
  return found[0] ?? null;
}
