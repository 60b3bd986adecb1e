import { EXPORT_FONT_FAMILY } from '../../shared/render/export-font';

/**
 * Loads the canvas font's two faces (`canvas-font.css`) once the window is idle after start,
 * so that the first diagram opened draws its text at once: the faces are `font-display: block`
 * (no text in a fallback font that would wrap otherwise), and loaded only when first used they
 * kept a new diagram's text invisible while they were read, and laid it out a second time
 * after. A face that fails to load is the canvas's business then, as before.
 */
export function preloadCanvasFont(): void {
  const load = () => {
    for (const weight of [400, 700]) {
      document.fonts.load(`${weight} 12px '${EXPORT_FONT_FAMILY}'`).catch(() => undefined);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 0);
}
