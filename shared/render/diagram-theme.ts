import { MAP_BAND_COLOURS, MAP_ENTERPRISE_BAND, type BandColours } from './map-colours';

/**
 * The colours a diagram is drawn in, light or dark: the values of the theme's variables the
 * canvas paints nodes and edges with (`renderer/app/theme.css`, `renderer/canvas/**.css`), so
 * that an export looks like the screen. A unit test reads theme.css and fails when they drift.
 */

/** Which of the app's themes a diagram is drawn in. */
export type DiagramTheme = 'light' | 'dark';

/** The theme variables a diagram uses, named after them (`--node-box` is `nodeBox`). */
export interface DiagramPalette {
  canvas: string;
  surface: string;
  surface2: string;
  border: string;
  borderStrong: string;
  text: string;
  muted: string;
  accent: string;
  accentStrong: string;
  accentSoft: string;
  teal: string;
  warn: string;
  warnSoft: string;
  warnBorder: string;
  danger: string;
  dangerSoft: string;
  nodeBox: string;
  nodeBoxBorder: string;
  nodeNote: string;
  nodeNoteBorder: string;
  nodeFramework: string;
  nodeProcess: string;
  nodeProcessBorder: string;
  edge: string;
}

const LIGHT: DiagramPalette = {
  canvas: '#fafbfc',
  surface: '#ffffff',
  surface2: '#eef2f6',
  border: '#d9dfe7',
  borderStrong: '#b9c3cf',
  text: '#1d2733',
  muted: '#5d6b7a',
  accent: '#0b5fa5',
  accentStrong: '#084a82',
  accentSoft: '#e3eef8',
  teal: '#0f8a83',
  warn: '#9a6200',
  warnSoft: '#fff5e0',
  warnBorder: '#f0d49a',
  danger: '#b3261e',
  dangerSoft: '#fdecea',
  nodeBox: '#ffffff',
  nodeBoxBorder: '#5b84b1',
  nodeNote: '#fff8d6',
  nodeNoteBorder: '#e0cf7a',
  nodeFramework: '#e6f2fb',
  nodeProcess: '#e7f6f3',
  nodeProcessBorder: '#0f8a83',
  edge: '#6d7b8a',
};

const DARK: DiagramPalette = {
  canvas: '#161c24',
  surface: '#1a212b',
  surface2: '#232c38',
  border: '#334050',
  borderStrong: '#4a5a6d',
  text: '#e3e9f0',
  muted: '#9aa8b7',
  accent: '#3d8bd4',
  accentStrong: '#7ab5ea',
  accentSoft: '#1f3550',
  teal: '#3bb5ac',
  warn: '#e0a63c',
  warnSoft: '#3a2e15',
  warnBorder: '#6b5322',
  danger: '#f07b72',
  dangerSoft: '#3d1e1c',
  nodeBox: '#1f2732',
  nodeBoxBorder: '#6f97c4',
  nodeNote: '#3a3520',
  nodeNoteBorder: '#8a7a35',
  nodeFramework: '#1d3044',
  nodeProcess: '#1a3532',
  nodeProcessBorder: '#3bb5ac',
  edge: '#8d9bab',
};

/** The palette of `theme`. */
export function diagramPalette(theme: DiagramTheme): DiagramPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

const channels = (hex: string): number[] =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

/** CSS `color-mix(in srgb, a share%, b)` of two `#rrggbb` colours, as `#rrggbb`. */
export function mixColours(a: string, share: number, b: string): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca
    .map((value, i) => Math.round(value * share + cb[i]! * (1 - share)))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** `color-mix(in srgb, colour share%, transparent)`: the colour with alpha `share`. */
export function withAlpha(colour: string, share: number): string {
  const [r, g, b] = channels(colour);
  return `rgba(${r},${g},${b},${share})`;
}

/**
 * The band colours a framework node is filled with: the map's row tint (`band-<n>`,
 * `band-enterprise`); in the dark theme the light tint becomes 24% of the band on the surface.
 */
export function bandColours(band: number | 'enterprise', theme: DiagramTheme): BandColours {
  const light =
    band === 'enterprise' ? MAP_ENTERPRISE_BAND : MAP_BAND_COLOURS[band % MAP_BAND_COLOURS.length]!;
  if (theme === 'light') return light;
  return { band: light.band, soft: mixColours(light.band, 0.24, DARK.surface) };
}
