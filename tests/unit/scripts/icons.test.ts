import { readFile, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES } from '../../../scripts/icons/icon-containers';
import { ICON_SIZES, renderIcons, type IconFiles } from '../../../scripts/icons/render-icons';
import { decodePng } from '../../support/png-pixels';

const ASSETS = path.resolve(import.meta.dirname, '../../../assets');
const ICONS = path.join(ASSETS, 'icons');

let rendered: IconFiles;
beforeAll(async () => {
  rendered = await renderIcons(await readFile(path.join(ASSETS, 'icon.svg'), 'utf8'));
}, 60_000);

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

describe('the icons in assets/icons', () => {
  it('are exactly what assets/icon.svg gives (run npm run build:icons after changing it)', async () => {
    const committed = (await readdir(ICONS)).sort();
    expect(committed).toEqual([...rendered.keys()].sort());
    for (const [name, bytes] of rendered) {
      expect(Buffer.compare(await readFile(path.join(ICONS, name)), bytes), name).toBe(0);
    }
    expect(
      Buffer.compare(await readFile(path.join(ASSETS, 'icon.png')), rendered.get('512x512.png')!),
    ).toBe(0);
  });

  it('have a PNG of each size, opaque in the middle and see-through in the corner', () => {
    for (const size of ICON_SIZES) {
      const pixels = decodePng(rendered.get(`${size}x${size}.png`)!);
      expect([pixels.width, pixels.height]).toEqual([size, size]);
      const alpha = (x: number, y: number) => pixels.rgba[(y * pixels.width + x) * 4 + 3];
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(size >> 1, size >> 1)).toBe(255);
    }
  });

  it('pack an .ico whose directory points at PNGs of the sizes it claims', () => {
    const ico = rendered.get('icon.ico')!;
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
    const count = view.getUint16(4, true);
    expect(count).toBe(7);
    for (let i = 0; i < count; i += 1) {
      const at = 6 + 16 * i;
      const claimed = view.getUint8(at) || 256;
      const length = view.getUint32(at + 8, true);
      const offset = view.getUint32(at + 12, true);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = decodePng(ico.subarray(offset, offset + length));
      expect([image.width, image.height]).toEqual([claimed, claimed]);
    }
  });

  it('pack an .icns whose chunks cover the file and hold PNGs of their type’s size', () => {
    const icns = rendered.get('icon.icns')!;
    const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength);
    expect(ascii(icns, 0)).toBe('icns');
    expect(view.getUint32(4, false)).toBe(icns.length);
    const seen: string[] = [];
    let at = 8;
    while (at < icns.length) {
      const type = ascii(icns, at);
      const length = view.getUint32(at + 4, false);
      const expected = ICNS_TYPES.find((entry) => entry.type === type);
      expect(expected, type).toBeDefined();
      const image = decodePng(icns.subarray(at + 8, at + length));
      expect(image.width).toBe(expected!.size);
      seen.push(type);
      at += length;
    }
    expect(at).toBe(icns.length);
    expect(seen).toEqual(ICNS_TYPES.map((entry) => entry.type));
  });
});
