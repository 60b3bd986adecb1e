import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS } from '../../../../../shared/ipc/methods/export-methods';
import {
  MIN_FITTED_SCALE,
  fittedScale,
  renderPng,
  type PngRenderOptions,
} from '../../../../../main/services/export/png-render';
import { EXPORT_FONT_FAMILY } from '../../../../../shared/render/export-font';
import { decodePng, type Pixels } from '../../../../support/png-pixels';

describe('fittedScale', () => {
  it('keeps the scale asked for while the picture stays under the cap', () => {
    expect(fittedScale({ width: 2000, height: 1000 }, 4)).toBe(4);
    expect(fittedScale({ width: 8000, height: 8000 }, 1)).toBe(1);
  });

  it('lowers it to the largest hundredth that fits, never above the cap', () => {
    // The canvas benchmark's 5,000-node grid: 20,035 x 4,998 units.
    const grid = { width: 20_035, height: 4_998 };
    for (const asked of [1, 2, 4]) {
      const scale = fittedScale(grid, asked);
      expect(scale).toBe(0.79);
      const pixels = grid.width * grid.height * (scale ?? 0) ** 2;
      expect(pixels).toBeLessThanOrEqual(MAX_PNG_PIXELS);
      expect(grid.width * grid.height * ((scale ?? 0) + 0.01) ** 2).toBeGreaterThan(MAX_PNG_PIXELS);
    }
  });

  it('gives up below a quarter pixel per unit', () => {
    expect(fittedScale({ width: 40_000, height: 40_000 }, 1)).toBeNull();
    const edge = Math.sqrt(MAX_PNG_PIXELS) / MIN_FITTED_SCALE;
    expect(fittedScale({ width: edge, height: edge }, 2)).toBe(MIN_FITTED_SCALE);
  });
});

/** A picture of `width` x `height` units holding `body`. */
const picture = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT_FAMILY}">${body}</svg>`;

const draw = async (svg: string, options: PngRenderOptions = {}) =>
  decodePng((await renderPng(svg, '/tmp/picture.png', options)).png);

const pixel = (image: Pixels, x: number, y: number) => {
  const at = (y * image.width + x) * 4;
  return [...image.rgba.subarray(at, at + 4)];
};

/** The box of the pixels darker than mid grey in a region (ink on white), null when none. */
function inkBox(image: Pixels, region = { x: 0, y: 0, width: image.width, height: image.height }) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let y = region.y; y < region.y + region.height; y += 1) {
    for (let x = region.x; x < region.x + region.width; x += 1) {
      const [r = 255, g = 255, b = 255] = pixel(image, x, y);
      if (r + g + b >= 3 * 128) continue;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x);
      bottom = Math.max(bottom, y);
    }
  }
  return left === Infinity ? null : { left, top, right, bottom };
}

describe('renderPng', () => {
  it('draws the picture at the scale asked for, in its colours, on white', async () => {
    const svg = picture(
      120,
      60,
      '<rect x="10" y="10" width="40" height="20" fill="#5b84b1"/><rect x="60" y="10" width="40" height="20" rx="4" fill="none" stroke="#c0392b" stroke-width="4"/>',
    );
    const one = await draw(svg, { scale: 1 });
    expect([one.width, one.height]).toEqual([120, 60]);
    expect(pixel(one, 30, 20)).toEqual([0x5b, 0x84, 0xb1, 255]);
    expect(pixel(one, 5, 5)).toEqual([255, 255, 255, 255]);
    // The stroke, its inside left unfilled.
    expect(pixel(one, 80, 10)).toEqual([0xc0, 0x39, 0x2b, 255]);
    expect(pixel(one, 80, 20)).toEqual([255, 255, 255, 255]);
    const two = await draw(svg, { scale: 2 });
    expect([two.width, two.height]).toEqual([240, 120]);
    expect(pixel(two, 60, 40)).toEqual([0x5b, 0x84, 0xb1, 255]);
  });

  it('leaves a transparent background transparent, with straight (not premultiplied) colour', async () => {
    const svg = picture(60, 40, '<rect x="11" y="10" width="20" height="20" fill="#3366cc"/>');
    const image = await draw(svg, { scale: 1, background: 'transparent' });
    expect(pixel(image, 2, 2)).toEqual([0, 0, 0, 0]);
    expect(pixel(image, 20, 20)).toEqual([0x33, 0x66, 0xcc, 255]);
    // Its left edge at x = 16.5 px at scale 1.5: pixel 16 half covered, half alpha, same colour.
    const edge = await draw(svg, { scale: 1.5, background: 'transparent' });
    const [r = 0, g = 0, b = 0, a = 0] = pixel(edge, 16, 30);
    expect(a).toBeGreaterThan(64);
    expect(a).toBeLessThan(192);
    expect(Math.abs(r - 0x33) + Math.abs(g - 0x66) + Math.abs(b - 0xcc)).toBeLessThan(12);
  });

  it('draws a label where its text is, anchored as asked', async () => {
    const svg = picture(
      300,
      100,
      '<text x="150" y="40" font-size="20" text-anchor="middle" fill="#000000">Order Handling</text>' +
        '<text x="290" y="80" font-size="20" font-weight="700" text-anchor="end">Bold</text>',
    );
    const image = await draw(svg, { scale: 1 });
    const label = inkBox(image, { x: 0, y: 0, width: 300, height: 50 });
    expect(label).not.toBeNull();
    // Centred on x = 150, sitting on the baseline at y = 40.
    expect(Math.abs((label!.left + label!.right) / 2 - 150)).toBeLessThan(4);
    expect(label!.bottom).toBeLessThanOrEqual(45);
    expect(label!.top).toBeGreaterThan(20);
    const bold = inkBox(image, { x: 0, y: 55, width: 300, height: 45 });
    expect(bold!.right).toBeLessThanOrEqual(290);
    expect(bold!.right).toBeGreaterThan(280);
  });

  it('draws characters the export font lacks with a system font, not as empty boxes', async () => {
    // resvg drew both as the font's empty box (taller than wide, ink in every corner).
    const arrow = inkBox(
      await draw(picture(100, 80, '<text x="10" y="50" font-size="40">→</text>')),
    );
    expect(arrow).not.toBeNull();
    expect(arrow!.bottom - arrow!.top).toBeLessThan(0.6 * (arrow!.right - arrow!.left));
    const tick = await draw(picture(100, 80, '<text x="10" y="50" font-size="40">✓</text>'));
    const box = inkBox(tick)!;
    const corner = Math.max(2, Math.floor((box.right - box.left) / 5));
    expect(inkBox(tick, { x: box.left, y: box.top, width: corner, height: corner })).toBeNull();
  });

  it('draws arrowheads, dashes and a lane title turned a quarter', async () => {
    const svg = picture(
      200,
      200,
      '<path d="M 10 20 L 180 20" fill="none" stroke="#000000" stroke-width="2" stroke-dasharray="10 10"/>' +
        '<polygon points="170 40 190 50 170 60" fill="#222222"/>' +
        '<g transform="translate(40 190) rotate(-90)"><text x="0" y="0" font-size="16">Lane title here</text></g>',
    );
    const image = await draw(svg, { scale: 1 });
    expect(pixel(image, 15, 20)[0]).toBeLessThan(64);
    expect(pixel(image, 25, 20)).toEqual([255, 255, 255, 255]);
    expect(pixel(image, 176, 50)).toEqual([0x22, 0x22, 0x22, 255]);
    const lane = inkBox(image, { x: 0, y: 70, width: 60, height: 130 })!;
    expect(lane.bottom - lane.top).toBeGreaterThan(3 * (lane.right - lane.left));
  });

  it('draws shapes and text that cross the edge between two bands whole', async () => {
    // 2,000 px wide: a band is 393 rows (skia-bands.ts), so its edge falls at y = 393.
    const svg = picture(
      2000,
      900,
      '<rect x="100" y="300" width="200" height="200" rx="20" fill="#118833"/>' +
        '<path d="M 400 350 C 400 450 600 450 600 350" fill="none" stroke="#000000" stroke-width="6"/>' +
        '<text x="800" y="405" font-size="40">Across</text>',
    );
    const image = await draw(svg, { scale: 1 });
    for (let y = 302; y < 498; y += 1)
      expect(pixel(image, 200, y)).toEqual([0x11, 0x88, 0x33, 255]);
    expect(pixel(image, 200, 298)).toEqual([255, 255, 255, 255]);
    // The curve's lowest point (y = 425) is below the edge, its ends above it.
    expect(inkBox(image, { x: 480, y: 410, width: 40, height: 30 })).not.toBeNull();
    expect(inkBox(image, { x: 390, y: 340, width: 20, height: 20 })).not.toBeNull();
    const text = inkBox(image, { x: 780, y: 340, width: 200, height: 100 })!;
    expect(text.top).toBeLessThan(393);
    expect(text.bottom).toBeGreaterThan(393);
  });

  it('refuses path data the grammar lets through but no command reads, naming the file', async () => {
    const svg = picture(40, 40, '<path d="M 10 10 L 20" stroke="#000000"/>');
    await expect(renderPng(svg, '/tmp/broken.png', { scale: 1 })).rejects.toMatchObject({
      error: {
        code: 'INVALID_ARGUMENT',
        file: '/tmp/broken.png',
        message: expect.stringContaining('<path>') as unknown,
      },
    });
  });

  it('draws a picture over the pixel cap at the fitted scale, its content in place', async () => {
    const svg = picture(
      9000,
      9000,
      '<rect x="4500" y="4500" width="4500" height="4500" fill="#884400"/>',
    );
    const { png, scale } = await renderPng(svg, '/tmp/huge.png', { scale: 1 });
    expect(scale).toBe(fittedScale({ width: 9000, height: 9000 }, 1));
    const image = decodePng(png);
    expect(image.width).toBe(Math.round(9000 * scale));
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    const middle = Math.round(4500 * scale);
    expect(pixel(image, middle - 3, middle - 3)).toEqual([255, 255, 255, 255]);
    expect(pixel(image, middle + 3, middle + 3)).toEqual([0x88, 0x44, 0x00, 255]);
  });
});
