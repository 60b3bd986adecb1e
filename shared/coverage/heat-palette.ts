import type { ProcessCoverage } from './coverage-types';
import { cellShare, percentLabel, wholePercent } from './coverage-summary';

/**
 * One step of the heat map's sequential scale. Yellow to dark blue keeps its order of
 * lightness for the common colour-vision deficiencies, and every cell prints its numbers too,
 * so the colour is never the only carrier of the value. Each step names the text colour that
 * stays legible on it, whatever the app's theme.
 */
export interface HeatStep {
  /** The lowest share (0..1) this step shows, included; step 0 is exactly 0. */
  from: number;
  label: string;
  fill: string;
  text: string;
}

/**
 * The five steps, lightest (a gap) to darkest (fully covered), by the whole percentage a cell
 * prints: a cell that reads "25%" is in the 25-49% step whether its share is 24.6% or 25.2%,
 * so its number and its colour always tell the same thing.
 */
export const HEAT_STEPS: readonly HeatStep[] = [
  { from: 0, label: '0% (gap)', fill: '#fff4c2', text: '#1d2733' },
  { from: 0.0001, label: '1-24%', fill: '#c7e9b4', text: '#1d2733' },
  { from: 0.25, label: '25-49%', fill: '#7fcdbb', text: '#1d2733' },
  { from: 0.5, label: '50-74%', fill: '#2c7fb8', text: '#ffffff' },
  { from: 0.75, label: '75-100%', fill: '#253494', text: '#ffffff' },
];

/** Processes not in scope: drawn flat, so the eye goes to the scope. */
export const HEAT_NOT_IN_SCOPE = { fill: '#eef2f6', text: '#5d6b7a', stroke: '#d9dfe7' } as const;

/**
 * The step (0..4) of a share: exactly 0 is a gap; the rest by the quarter its printed whole
 * percentage falls in (see HEAT_STEPS), 75% and up darkest.
 */
export function heatStepIndex(share: number): number {
  if (!(share > 0)) return 0;
  const shown = Math.max(wholePercent(share), 1) / 100;
  let index = 0;
  HEAT_STEPS.forEach((step, i) => {
    if (shown >= step.from) index = i;
  });
  return index;
}

/** What a heat-map cell of a process shows: its step (null when not in scope) and caption. */
export function heatCell(coverage: ProcessCoverage): { step: number | null; caption: string } {
  if (coverage.scope !== 'in') {
    return { step: null, caption: coverage.scope === 'unset' ? '' : coverage.scope };
  }
  const share = cellShare(coverage);
  const percent = percentLabel(share);
  const caption =
    coverage.inScopeChildren > 0
      ? `${coverage.coveredChildren}/${coverage.inScopeChildren} ${percent}`
      : percent;
  return { step: heatStepIndex(share), caption };
}
