import type { NodeStyle } from '../../shared/model/diagram-schema';

/** The style presets the properties panel offers: fill, border and text together. */
export const STYLE_PRESETS: ReadonlyArray<{ name: string; style: NodeStyle | null }> = [
  { name: 'Default', style: null },
  { name: 'Blue', style: { fill: '#e3eef8', border: '#0b5fa5', text: '#0a2f52' } },
  { name: 'Green', style: { fill: '#e6f4ea', border: '#1e7a3c', text: '#123d20' } },
  { name: 'Amber', style: { fill: '#fff5e0', border: '#9a6200', text: '#4a3000' } },
  { name: 'Red', style: { fill: '#fdecea', border: '#b3261e', text: '#5c120e' } },
  { name: 'Grey', style: { fill: '#eef2f6', border: '#5d6b7a', text: '#1d2733' } },
];

/** The preset a style is, if it is one. */
export function presetOf(style: NodeStyle | undefined): string | undefined {
  return STYLE_PRESETS.find(
    (p) =>
      (p.style === null && style === undefined) ||
      (p.style !== null &&
        style !== undefined &&
        p.style.fill === style.fill &&
        p.style.border === style.border &&
        p.style.text === style.text),
  )?.name;
}

/** Tags typed as text: split at commas, trimmed, empty ones and repeats dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
