import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAP_BAND_COLOURS,
  MAP_COLOURS,
  MAP_ENTERPRISE_BAND,
  MAP_FONT_FAMILY,
  MAP_MONO_FAMILY,
  areaColour,
} from '../../../../shared/render/map-colours';
import { EXPORT_FONT_FAMILY } from '../../../../shared/render/export-font';

/** The declarations of the first top-level rule whose selector list is exactly `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (match[1]!.trim() !== selector) continue;
    const declarations: Record<string, string> = {};
    for (const part of match[2]!.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
    }
    return declarations;
  }
  throw new Error(`no rule ${selector}`);
}

const mapCss = readFileSync('renderer/framework-map/framework-map.css', 'utf8');
const themeCss = readFileSync('renderer/app/theme.css', 'utf8');

describe('map colours mirror the map CSS', () => {
  it('has the eight band tints and the enterprise tint of framework-map.css', () => {
    MAP_BAND_COLOURS.forEach((colours, i) => {
      const css = rule(mapCss, `.band-${i}`);
      expect({ band: css['--band'], soft: css['--band-soft'] }).toEqual(colours);
    });
    const enterprise = rule(mapCss, '.band-enterprise');
    expect({ band: enterprise['--band'], soft: enterprise['--band-soft'] }).toEqual(
      MAP_ENTERPRISE_BAND,
    );
  });

  it('has the area, enterprise box and title colours', () => {
    expect(rule(mapCss, '.map-area').background).toBe(MAP_COLOURS.area);
    expect(rule(mapCss, '.map-area-operations').background).toBe(areaColour('operations'));
    expect(rule(mapCss, '.map-area-em').background).toBe(areaColour('em'));
    expect(areaColour('s2r')).toBe(MAP_COLOURS.area);
    const box = rule(mapCss, '.map-enterprise-box');
    expect(box.border).toBe(`1px solid ${MAP_COLOURS.enterpriseBoxBorder}`);
    expect(box.background).toBe(MAP_COLOURS.enterpriseBoxFill);
    expect(rule(mapCss, '.map-enterprise-title').background).toBe(MAP_COLOURS.enterpriseTitle);
    expect(rule(mapCss, '.map-area').color).toBe('#fff');
  });

  it('has the theme colours the map uses (light theme :root)', () => {
    const root = rule(themeCss, ':root');
    expect(root['--surface']).toBe(MAP_COLOURS.surface);
    expect(root['--surface-2']).toBe(MAP_COLOURS.surface2);
    expect(root['--border']).toBe(MAP_COLOURS.border);
    expect(root['--text']).toBe(MAP_COLOURS.text);
    expect(root['--muted']).toBe(MAP_COLOURS.muted);
  });

  it('names the export font first, then the theme fonts in the theme order, then the Linux fallbacks', () => {
    const root = rule(themeCss, ':root');
    const families = (stack: string) =>
      stack.split(',').map((f) => f.trim().replace(/^'(.*)'$/, '$1'));
    for (const [css, ours, first] of [
      [root['--font']!, MAP_FONT_FAMILY, [EXPORT_FONT_FAMILY]],
      [root['--mono']!, MAP_MONO_FAMILY, []],
    ] as const) {
      const theirs = families(css);
      const generic = theirs.pop()!;
      expect(families(ours).slice(0, first.length + theirs.length)).toEqual([...first, ...theirs]);
      expect(families(ours).at(-1)).toBe(generic);
    }
  });
});
