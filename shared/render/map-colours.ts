import { EXPORT_FONT_FAMILY } from './export-font';
/**
 * The framework map's colours, shared by the SVG export and mirrored by the map's CSS
 * (`renderer/framework-map/framework-map.css`, `renderer/app/theme.css`); a unit test reads
 * those files and fails when a value here and there differ, so screen and export cannot drift.
 */

/** One tint per horizontal grouping (row band): the header colour and the light cell fill. */
export interface BandColours {
  band: string;
  soft: string;
}

/** `.band-0` ... `.band-7`: rows cycle through these. */
export const MAP_BAND_COLOURS: readonly BandColours[] = [
  { band: '#1f6fb2', soft: '#e4eff9' },
  { band: '#2f8f6f', soft: '#e3f3ec' },
  { band: '#7a5cae', soft: '#efe9f8' },
  { band: '#c0672a', soft: '#fbece1' },
  { band: '#2a8ca3', soft: '#e1f2f6' },
  { band: '#8c6d1f', soft: '#f6f0dc' },
  { band: '#b2476b', soft: '#f9e6ed' },
  { band: '#4d6a87', soft: '#e8edf3' },
];

/** `.band-enterprise`: the L2s of the Enterprise band. */
export const MAP_ENTERPRISE_BAND: BandColours = { band: '#5d6b7a', soft: '#eef1f4' };

/** Fixed colours of the map's other parts, named after their CSS rules. */
export const MAP_COLOURS = {
  /** `.map-area` background (Strategy-to-Readiness, SIP). */
  area: '#0a3d6b',
  /** `.map-area-operations`. */
  areaOperations: '#0f6b66',
  /** `.map-area-em` (Enterprise). */
  areaEnterprise: '#4d5b6a',
  /** `.map-enterprise-box` border and fill. */
  enterpriseBoxBorder: '#9aa7b4',
  enterpriseBoxFill: '#f7f9fb',
  /** `.map-enterprise-title` background. */
  enterpriseTitle: '#5d6b7a',
  /** Theme: `--surface`, `--surface-2`, `--border`, `--text`, `--muted`. */
  surface: '#ffffff',
  surface2: '#eef2f6',
  border: '#d9dfe7',
  text: '#1d2733',
  muted: '#5d6b7a',
  /** Text on the dark headers. */
  onDark: '#ffffff',
} as const;

/** The area colour for an area key, as `.map-area-<key>` picks it. */
export function areaColour(key: string): string {
  if (key === 'operations') return MAP_COLOURS.areaOperations;
  if (key === 'em') return MAP_COLOURS.areaEnterprise;
  return MAP_COLOURS.area;
}

/*
 * Family names are left unquoted (valid CSS for names made of identifiers): some SVG readers
 * (resvg 2.6 among them) ignore a quoted name that is not first in the list, which would drop
 * the Linux fallbacks.
 */

/**
 * The export font first (`export-font.ts`: the one the PNG and PDF draw with, so a viewer that
 * has it shows the same glyphs), then the app's font stack (`--font` in theme.css) and the
 * fonts installed on Linux as fallbacks.
 */
export const MAP_FONT_FAMILY = `${EXPORT_FONT_FAMILY}, system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif`;

/** The app's monospace stack (`--mono`), used for process ids as on screen (`<code>`). */
export const MAP_MONO_FAMILY =
  'ui-monospace, SFMono-Regular, Cascadia Mono, Menlo, Consolas, DejaVu Sans Mono, Liberation Mono, monospace';
