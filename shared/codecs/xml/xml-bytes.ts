import { XmlError, placeOf } from './xml-error';

/** The text of an XML file and what was noticed about its encoding on the way. */
export interface DecodedXml {
  text: string;
  /** Encoding trouble that was handled: the file is read, the user is told. */
  notes: string[];
}

const UTF8_NAMES = new Set(['utf-8', 'utf8']);
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'ucs-2']);

/** The `encoding` of an XML declaration in ASCII-compatible bytes, lower-cased, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Whether the bytes hold any byte above 0x7F (ASCII reads the same in every 8-bit encoding). */
function hasHighBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The offset of the first byte that is not UTF-8, as an offset in the text read leniently. */
function firstBadUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  return Math.max(0, lenient.indexOf('\uFFFD'));
}

/**
 * Decodes the bytes of an XML file. A byte order mark wins over the declaration (XML says a
 * BOM is authoritative); a declared 8-bit encoding whose bytes are in fact valid UTF-8 with
 * non-ASCII characters is read as UTF-8 (what exports of tools that write the wrong header
 * hold); UTF-8, declared or by default, that is not is read as Windows-1252. Each of these is
 * a note, not a refusal. An encoding this runtime does not know is an XmlError.
 */
export function decodeXmlBytes(bytes: Uint8Array, file: string): DecodedXml {
  const notes: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const declared = declaredEncoding(bytes.subarray(3));
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === null) {
      const at = placeOf(
        new TextDecoder().decode(bytes.subarray(3)),
        firstBadUtf8(bytes.subarray(3)),
      );
      throw new XmlError(file, 'starts with a UTF-8 byte order mark but is not UTF-8', at);
    }
    if (declared !== null && !UTF8_NAMES.has(declared)) {
      notes.push(
        `${file}: declares encoding "${declared}" but starts with a UTF-8 byte order mark; read as UTF-8`,
      );
    }
    return { text, notes };
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    const text = decodeStrict(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    if (text === null)
      throw new XmlError(file, 'starts with a UTF-16 byte order mark but is not UTF-16');
    return { text: text.replace(/^\uFEFF/, ''), notes };
  }
  const declared = declaredEncoding(bytes) ?? 'utf-8';
  if (UTF8_NAMES.has(declared) || UTF16_NAMES.has(declared) || !hasHighBytes(bytes)) {
    if (UTF16_NAMES.has(declared)) {
      notes.push(`${file}: declares encoding "${declared}" but is 8-bit text; read as UTF-8`);
    }
    const text = decodeStrict(bytes, 'utf-8');
    if (text !== null) return { text, notes };
    const at = placeOf(new TextDecoder().decode(bytes), firstBadUtf8(bytes));
    notes.push(
      `${file}:${at.line}:${at.column}: is not UTF-8 as ${declaredEncoding(bytes) ? 'declared' : 'XML assumes without a declaration'}; read as Windows-1252`,
    );
    return { text: new TextDecoder('windows-1252').decode(bytes), notes };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    throw new XmlError(file, `declares the encoding "${declared}", which cannot be read here`);
  }
  const asUtf8 = decodeStrict(bytes, 'utf-8');
  if (asUtf8 !== null) {
    notes.push(`${file}: declares encoding "${declared}" but its bytes are UTF-8; read as UTF-8`);
    return { text: asUtf8, notes };
  }
  return { text: decoder.decode(bytes), notes };
}
