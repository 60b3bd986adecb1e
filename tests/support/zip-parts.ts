import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/** One part of a ZIP written by `zipOf`: its bytes deflated, or `deflated` ready made. */
export interface ZipInput {
  name: string;
  data?: Uint8Array | string;
  /** The part already deflated, with its true size and CRC (a bomb's, made by `deflateRepeated`). */
  deflated?: { bytes: Uint8Array; size: number; crc: number };
  /** The uncompressed size the directory declares, when it should lie. */
  declaredSize?: number;
}

/**
 * `chunk` repeated `times` times, deflated as one stream without ever holding the whole: how a
 * few hundred kilobytes of file unpack to hundreds of megabytes.
 */
export async function deflateRepeated(
  chunk: string,
  times: number,
  head = '',
  tail = '',
): Promise<{ bytes: Uint8Array; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  // Written 64 KB at a time: a write per repeat of a short chunk took seconds.
  const perPiece = Math.max(1, Math.floor(65_536 / Math.max(1, chunk.length)));
  const piece = Buffer.from(chunk.repeat(perPiece));
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head));
  for (let i = 0; i + perPiece <= times; i += perPiece) await write(piece);
  const rest = times % perPiece;
  if (rest > 0) await write(Buffer.from(chunk.repeat(rest)));
  await write(Buffer.from(tail));
  deflate.end();
  await ended;
  return { bytes: Buffer.concat(out), size, crc };
}

/** A ZIP file of `parts` (deflated, no ZIP64), as a spreadsheet program writes one. */
export function zipOf(parts: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data) : part.data;
    const deflated = part.deflated ?? {
      bytes: deflateRawSync(raw ?? Buffer.alloc(0)),
      size: raw?.length ?? 0,
      crc: crc32(raw ?? Buffer.alloc(0)),
    };
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? deflated.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.crc >>> 0, 14);
    local.writeUInt32LE(deflated.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(deflated.bytes));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(deflated.crc >>> 0, 16);
    entry.writeUInt32LE(deflated.bytes.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + deflated.bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet XLSX around its worksheet part (xl/worksheets/sheet1.xml). */
export function workbookParts(sheet: Omit<ZipInput, 'name'>): ZipInput[] {
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ];
}

/** A worksheet's XML before and after its rows. */
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** One row of inline-string cells. */
export function inlineRow(cells: readonly string[]): string {
  return `<row>${cells.map((text) => `<c t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
}
