import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * Checks what a ZIP file (an XLSX workbook) unpacks to before a library loads it whole: a
 * workbook of a few hundred kilobytes can unpack to gigabytes (a "zip bomb": millions of
 * identical rows compress a thousandfold), and ExcelJS holds every cell of every sheet in
 * memory, so one such file took a host's whole heap. Every part is actually inflated, on
 * libuv's thread pool and never past the budget left (zlib's `maxOutputLength`), because
 * the sizes a ZIP declares can lie; the inflated bytes are dropped at once.
 */

const inflate = promisify(inflateRaw);

/** What a workbook may unpack to, and how many parts it may have. */
export interface ZipBudget {
  /** The most bytes all parts together may inflate to. */
  maxInflatedBytes: number;
  maxParts: number;
}

/** One part (entry) of a ZIP file as its central directory describes it. */
interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const FULL32 = 0xffffffff;

/** The end-of-central-directory record's offset, searched back over a comment of up to 64 KB. */
function endRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** A 64-bit size of a central directory entry's ZIP64 extra field, where the 32-bit one is full. */
function zip64Sizes(view: DataView, from: number, to: number, part: ZipPart): void {
  for (let at = from; at + 4 <= to;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const read = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      // The field lists, in this order, only the values whose 32-bit slot is full.
      if (part.size === FULL32 && field + 8 <= to) part.size = read();
      if (part.compressedSize === FULL32 && field + 8 <= to) part.compressedSize = read();
      return;
    }
    at += 4 + length;
  }
}

/** The parts of a ZIP file, or why it is not one that can be read. */
function zipParts(bytes: Uint8Array, maxParts: number): ZipPart[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(view);
  if (end < 0) return 'not a ZIP file: no end of central directory';
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === FULL32) return 'a ZIP64 archive, which no workbook needs';
  if (count > maxParts) return `${count} parts, more than the ${maxParts} a workbook may have`;
  const parts: ZipPart[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) {
      return 'a damaged ZIP file: its central directory is cut short';
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const part: ZipPart = {
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    const extraStart = nameStart + nameLength;
    zip64Sizes(view, extraStart, Math.min(extraStart + extraLength, bytes.byteLength), part);
    parts.push(part);
    at = extraStart + extraLength + commentLength;
  }
  return parts;
}

/** A part's compressed bytes, or why they cannot be found. */
function partData(bytes: Uint8Array, part: ZipPart): Uint8Array | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) {
    return `a damaged ZIP file: the part ${part.name} is not where its directory says`;
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + part.compressedSize > bytes.byteLength) {
    return `a damaged ZIP file: the part ${part.name} is cut short`;
  }
  return bytes.subarray(start, start + part.compressedSize);
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Throws (PARSE_ERROR, or TOO_LARGE past the budget) naming `file` unless every part of the
 * ZIP in `bytes` inflates, the parts together to at most `budget.maxInflatedBytes`, each to
 * the size it declares.
 */
export async function checkZipInflation(
  bytes: Uint8Array,
  file: string,
  budget: ZipBudget,
): Promise<void> {
  const refuse = (code: 'PARSE_ERROR' | 'TOO_LARGE', problem: string): never => {
    throw new HostFailure({ code, message: `${file}: ${problem}`, file });
  };
  // As ExcelJS's own refusals read (xlsx-table.ts).
  const notWorkbook = (problem: string): never =>
    refuse('PARSE_ERROR', `not an XLSX workbook (${problem})`);
  const parts = zipParts(bytes, budget.maxParts);
  if (typeof parts === 'string') return notWorkbook(parts);
  const declared = parts.reduce((sum, part) => sum + part.size, 0);
  const tooLarge = (what: string): never =>
    refuse(
      'TOO_LARGE',
      `it unpacks to ${what}, and a workbook may unpack to at most ${megabytes(budget.maxInflatedBytes)} (a few hundred thousand cells): save a smaller one, or save it as CSV`,
    );
  const over = `more than ${megabytes(budget.maxInflatedBytes)}`;
  if (declared > budget.maxInflatedBytes) tooLarge(megabytes(declared));
  let left = budget.maxInflatedBytes;
  for (const part of parts) {
    const data = partData(bytes, part);
    if (typeof data === 'string') return notWorkbook(data);
    let size: number;
    if (part.method === 0) size = data.byteLength;
    else if (part.method === 8) {
      try {
        size = (await inflate(data, { maxOutputLength: Math.max(1, left) })).byteLength;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
          return tooLarge(over);
        }
        return notWorkbook(`its part ${part.name} does not inflate`);
      }
    } else {
      return notWorkbook(`its part ${part.name} uses compression ${part.method}`);
    }
    if (size !== part.size) {
      return notWorkbook(
        `its part ${part.name} unpacks to ${size} bytes, not the ${part.size} it declares`,
      );
    }
    left -= size;
    if (left < 0) tooLarge(over);
  }
}
