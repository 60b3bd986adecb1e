import type { CSSProperties } from 'react';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import { HEAT_STEPS, heatCell } from '../../shared/coverage/heat-palette';

/** How a process shows on the heat map: its colours (none when not in scope) and caption. */
export function heatCellLook(
  coverage: CoverageResult,
  id: string,
): { style: CSSProperties | undefined; caption: string; step: number | null } {
  const own = coverage.byId.get(id);
  if (own === undefined) return { style: undefined, caption: '', step: null };
  const { step, caption } = heatCell(own);
  const colours = step === null ? undefined : HEAT_STEPS[step];
  return {
    // Out of scope is drawn flat in the theme's own colours, so the eye goes to the scope.
    style: colours
      ? { background: colours.fill, color: colours.text, borderColor: colours.text }
      : { background: 'var(--surface-2)', color: 'var(--muted)', borderColor: 'var(--border)' },
    caption,
    step,
  };
}
