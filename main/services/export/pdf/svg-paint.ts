/** A colour as PDFKit takes it (0-255 channels) with its own alpha (0-1). */
export interface Rgba {
  rgb: [number, number, number];
  alpha: number;
}

const clampByte = (value: number) => Math.min(255, Math.max(0, value));
const clampUnit = (value: number) => Math.min(1, Math.max(0, value));

function channel(text: string): number {
  const value = text.trim();
  return value.endsWith('%')
    ? clampByte((Number.parseFloat(value) / 100) * 255)
    : clampByte(Number.parseFloat(value));
}

function alphaOf(text: string | undefined): number {
  if (text === undefined) return 1;
  const value = text.trim();
  return clampUnit(value.endsWith('%') ? Number.parseFloat(value) / 100 : Number.parseFloat(value));
}

function hex(value: string): Rgba | null {
  const digits = value.slice(1);
  if (!/^(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(digits)) return null;
  const pairs =
    digits.length <= 4 ? [...digits].map((d) => d + d) : (digits.match(/../g) as string[]);
  const [r, g, b, a] = pairs.map((pair) => Number.parseInt(pair, 16));
  return { rgb: [r!, g!, b!], alpha: a === undefined ? 1 : a / 255 };
}

/**
 * Reads an SVG paint of the export vocabulary: `none` (null), `#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (channels as numbers or percentages).
 * Throws for anything else: the caller names the element.
 */
export function parsePaint(value: string): Rgba | null {
  const text = value.trim();
  if (text === 'none') return null;
  if (text.startsWith('#')) {
    const colour = hex(text);
    if (colour !== null) return colour;
  }
  const functional = /^rgba?\(([^)]*)\)$/.exec(text);
  if (functional !== null) {
    const parts = functional[1]!.split(',');
    const numeric = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?\s*$/;
    if ((parts.length === 3 || parts.length === 4) && parts.every((p) => numeric.test(p))) {
      return {
        rgb: [channel(parts[0]!), channel(parts[1]!), channel(parts[2]!)],
        alpha: alphaOf(parts[3]),
      };
    }
  }
  throw new Error(`"${value}" is not a colour (#hex, rgb(), rgba() or none)`);
}
