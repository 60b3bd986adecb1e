/**
 * The two icon containers the installers need, both holding PNG images as they are:
 * Windows' `.ico` (a directory of images, PNG entries allowed since Vista) and macOS's `.icns`
 * (typed chunks; the `ic07`... types hold PNG data).
 */

export interface SizedPng {
  /** Width and height in pixels (the icons are square). */
  size: number;
  png: Uint8Array;
}

/** An `.ico` file of the given PNGs (each at most 256 pixels wide). */
export function icoFile(images: readonly SizedPng[]): Uint8Array {
  const header = 6;
  const entry = 16;
  let offset = header + entry * images.length;
  const total = offset + images.reduce((n, image) => n + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, images.length, true);
  images.forEach((image, index) => {
    if (image.size > 256) throw new Error(`icoFile: ${image.size} px is larger than .ico allows`);
    const at = header + entry * index;
    // 0 stands for 256 in the one-byte width and height.
    view.setUint8(at, image.size % 256);
    view.setUint8(at + 1, image.size % 256);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0);
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, image.png.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

/** The `.icns` chunk type of a PNG of each size, at 1x and, where Apple defines one, 2x. */
export const ICNS_TYPES: ReadonlyArray<{ type: string; size: number }> = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 }, // 512@2x
  { type: 'ic11', size: 32 }, // 16@2x
  { type: 'ic12', size: 64 }, // 32@2x
  { type: 'ic13', size: 256 }, // 128@2x
  { type: 'ic14', size: 512 }, // 256@2x
];

/** An `.icns` file with a chunk for every type in ICNS_TYPES, from PNGs by size. */
export function icnsFile(pngBySize: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const chunks = ICNS_TYPES.map(({ type, size }) => {
    const png = pngBySize.get(size);
    if (png === undefined) throw new Error(`icnsFile: no ${size} px image for ${type}`);
    return { type, png };
  });
  const total = 8 + chunks.reduce((n, chunk) => n + 8 + chunk.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => {
    for (let i = 0; i < 4; i += 1) out[at + i] = text.charCodeAt(i);
  };
  ascii('icns', 0);
  view.setUint32(4, total, false);
  let at = 8;
  for (const chunk of chunks) {
    ascii(chunk.type, at);
    view.setUint32(at + 4, 8 + chunk.png.length, false);
    out.set(chunk.png, at + 8);
    at += 8 + chunk.png.length;
  }
  return out;
}
