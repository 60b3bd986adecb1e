import type { CSSProperties } from 'react';
import type { CoverageMove, ProcessCoverageChange } from '../../shared/diff/coverage-change';

/**
 * The compare map's colours: the compare diagram's green, red and amber as a border, over a
 * pale tint with a dark text that stays legible in either theme (as the heat map's steps do).
 * Each cell also says its move in words and a sign, so colour is never the only carrier.
 */
export const MOVE_LOOK: Readonly<
  Record<CoverageMove, { fill: string; text: string; stroke: string; sign: string; word: string }>
> = {
  better: { fill: '#d3f0da', text: '#0b3d1a', stroke: '#1a9641', sign: '▲', word: 'better' },
  worse: { fill: '#fad4d4', text: '#5e0a0b', stroke: '#d7191c', sign: '▼', word: 'worse' },
  scope: { fill: '#fde7c0', text: '#4a2f00', stroke: '#e08e0b', sign: '◆', word: 'scope changed' },
};

/** How a process shows on the compare map: marked when its coverage changed, flat otherwise. */
export function changeCellLook(
  change: ProcessCoverageChange | undefined,
  name: string,
): { style: CSSProperties; caption: string; title: string } {
  if (change === undefined) {
    return {
      // Unchanged cells are drawn flat in the theme's own colours: the eye goes to the marks.
      style: {
        background: 'var(--surface-2)',
        color: 'var(--muted)',
        borderColor: 'var(--border)',
      },
      caption: '',
      title: `${name}: unchanged`,
    };
  }
  const look = MOVE_LOOK[change.move];
  return {
    style: {
      background: look.fill,
      color: look.text,
      borderColor: look.stroke,
      borderWidth: 3,
      borderStyle: change.move === 'scope' ? 'dashed' : 'solid',
    },
    caption: `${look.sign} ${change.before} → ${change.after}`,
    title: `${name}: ${look.word}, before ${change.before}, now ${change.after}`,
  };
}
