import { constants, createDeflate } from 'node:zlib';
import { chunkBytes as chunk } from './png-chunks';

/**
 * Writes an 8-bit RGBA PNG from rows handed over band by band: the rows go through one
 * streaming deflate (on libuv's thread pool, so it compresses one band while the next is
 * drawn), and the file is the signature, IHDR, the compressed data as IDAT chunks and IEND.
 * Memory is the compressed file plus the bands in flight, never the whole picture.
 */

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The largest IDAT chunk written: readers take any size, this keeps each CRC pass short. */
const IDAT_BYTES = 1 << 20;

function header(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace.
  data.set([8, 6, 0, 0, 0], 8);
  return chunk('IHDR', data);
}

/** A PNG being written: `write` each band of filtered rows in order, then `finish`. */
export interface PngWriter {
  /**
   * Compresses `rows` (each a filter-type byte then width x 4 bytes). Resolves once deflate
   * has consumed them, so the caller may reuse the buffer only then.
   */
  write(rows: Uint8Array): Promise<void>;
  /** The whole PNG file. */
  finish(): Promise<Uint8Array>;
}

/** A writer of a `width` x `height` RGBA PNG. */
export function pngWriter(width: number, height: number): PngWriter {
  // Level 1: the bands are mostly flat colour, where the fastest level loses little size.
  const deflate = createDeflate({ level: 1, strategy: constants.Z_DEFAULT_STRATEGY });
  const compressed: Buffer[] = [];
  let failure: Error | null = null;
  deflate.on('data', (data: Buffer) => compressed.push(data));
  deflate.on('error', (error) => {
    failure = error;
  });
  return {
    write: (rows) =>
      new Promise((resolve, reject) => {
        deflate.write(rows, (error) => (error ? reject(error) : resolve()));
      }),
    finish: async () => {
      // 'end' comes once the last compressed bytes were handed to the 'data' listener.
      const ended = new Promise<void>((resolve, reject) => {
        deflate.once('end', resolve);
        deflate.once('error', reject);
      });
      deflate.end();
      await ended;
      if (failure !== null) throw failure;
      const data = Buffer.concat(compressed);
      const parts = [SIGNATURE, header(width, height)];
      for (let at = 0; at < data.length; at += IDAT_BYTES) {
        parts.push(chunk('IDAT', data.subarray(at, at + IDAT_BYTES)));
      }
      parts.push(chunk('IEND', new Uint8Array(0)));
      const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let offset = 0;
      for (const part of parts) {
        file.set(part, offset);
        offset += part.length;
      }
      return file;
    },
  };
}
