import type { CoverageResult, EffectiveScope } from '../coverage/coverage-types';
import { HEAT_NOT_IN_SCOPE, HEAT_STEPS, heatCell } from '../coverage/heat-palette';
import type { MapPaint } from '../render/map-svg-boxes';
import type { MapLegendEntry } from '../render/map-svg-legend';

/** The heat map: in-scope processes by their coverage step, with `n/m %` after the id. */
export function heatPaint(coverage: CoverageResult): MapPaint {
  return (id) => {
    const own = coverage.byId.get(id);
    if (own === undefined) return undefined;
    const { step, caption } = heatCell(own);
    const colours = step === null ? undefined : HEAT_STEPS[step];
    if (colours === undefined) {
      return {
        fill: HEAT_NOT_IN_SCOPE.fill,
        stroke: HEAT_NOT_IN_SCOPE.stroke,
        idColour: HEAT_NOT_IN_SCOPE.text,
        nameColour: HEAT_NOT_IN_SCOPE.text,
        caption,
      };
    }
    return {
      fill: colours.fill,
      stroke: '#1d2733',
      idColour: colours.text,
      nameColour: colours.text,
      caption,
    };
  };
}

/** Colours of the scope footprint, by effective scope. */
export const SCOPE_COLOURS: Readonly<Record<EffectiveScope, { fill: string; text: string }>> = {
  in: { fill: '#1f6fb2', text: '#ffffff' },
  adjacent: { fill: '#a9cbe8', text: '#1d2733' },
  tbd: { fill: '#fff4c2', text: '#1d2733' },
  out: { fill: '#eef2f6', text: '#5d6b7a' },
  unset: { fill: '#ffffff', text: '#5d6b7a' },
};

/** The scope footprint: each process coloured by its effective scope, the status after its id. */
export function scopePaint(coverage: CoverageResult): MapPaint {
  return (id) => {
    const own = coverage.byId.get(id);
    if (own === undefined) return undefined;
    const colours = SCOPE_COLOURS[own.scope];
    return {
      fill: colours.fill,
      stroke: '#9aa7b4',
      idColour: colours.text,
      nameColour: colours.text,
      caption: own.scope === 'unset' ? undefined : own.scope,
    };
  };
}

/** The heat map's key, as the tab shows it: the five steps, then "not in scope". */
export const HEAT_LEGEND: readonly MapLegendEntry[] = [
  ...HEAT_STEPS.map((step) => ({ fill: step.fill, label: step.label })),
  { fill: HEAT_NOT_IN_SCOPE.fill, stroke: HEAT_NOT_IN_SCOPE.stroke, label: 'not in scope' },
];
