import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bandColours,
  diagramPalette,
  mixColours,
  type DiagramPalette,
} from '../../../../shared/render/diagram-theme';

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function variables(css: string, selector: string): Record<string, string> {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (match[1]!.trim() !== selector) continue;
    const out: Record<string, string> = {};
    for (const [, name, value] of match[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      out[name!] = value!.trim();
    }
    return out;
  }
  throw new Error(`no rule ${selector}`);
}

/** `nodeBoxBorder` is `--node-box-border`, `surface2` is `--surface-2`. */
const cssName = (key: string) =>
  `--${key
    .replace(/([A-Z])/g, '-$1')
    .replace(/(\d)/g, '-$1')
    .toLowerCase()}`;

const themeCss = readFileSync('renderer/app/theme.css', 'utf8');

describe('diagram palettes mirror theme.css', () => {
  it.each([
    ['light', ':root'],
    ['dark', "[data-theme='dark']"],
  ] as const)('has the %s theme variables the canvas paints with', (theme, selector) => {
    const css = variables(themeCss, selector);
    const palette: DiagramPalette = diagramPalette(theme);
    for (const [key, value] of Object.entries(palette) as Array<[string, string]>) {
      const declared: string | undefined = css[cssName(key)];
      expect({ key, value: declared }).toEqual({ key, value });
    }
  });

  it('mixes the dark band tint as color-mix(in srgb, band 24%, surface) does', () => {
    expect(mixColours('#ffffff', 0.24, '#000000')).toBe('#3d3d3d');
    expect(bandColours(0, 'light')).toEqual({ band: '#1f6fb2', soft: '#e4eff9' });
    expect(bandColours(0, 'dark').soft).toBe(mixColours('#1f6fb2', 0.24, '#1a212b'));
  });
});
