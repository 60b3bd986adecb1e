import { describe, expect, it } from 'vitest';
import { percentLabel } from '../../../../shared/coverage/coverage-summary';
import type { ProcessCoverage } from '../../../../shared/coverage/coverage-types';
import { HEAT_STEPS, heatCell, heatStepIndex } from '../../../../shared/coverage/heat-palette';

/** An in-scope process with 4 children in scope, 3 covered, scoring `score`. */
function inScope(score: number): ProcessCoverage {
  return {
    id: '1.3.3',
    scope: 'in',
    scopeFrom: 'own',
    directMappings: 0,
    directWeight: 0,
    mappings: [],
    companyProcessIds: [],
    covered: score > 0,
    inScopeChildren: 4,
    coveredChildren: 3,
    score,
    weight: score,
  };
}

describe('the heat map steps', () => {
  it('colour a cell by the whole percentage it prints, so two cells reading 25% look alike', () => {
    for (const share of [0.246, 0.25, 0.2549]) {
      const cell = heatCell(inScope(share));
      expect(cell.caption).toBe('3/4 25%');
      expect(HEAT_STEPS[cell.step!]!.label).toBe('25-49%');
    }
    expect(HEAT_STEPS[heatStepIndex(0.244)]!.label).toBe('1-24%');
    expect(HEAT_STEPS[heatStepIndex(0.496)]!.label).toBe('50-74%');
    expect(HEAT_STEPS[heatStepIndex(0.744)]!.label).toBe('50-74%');
    expect(HEAT_STEPS[heatStepIndex(0.745)]!.label).toBe('75-100%');
    expect(HEAT_STEPS[heatStepIndex(1)]!.label).toBe('75-100%');
  });

  it('keep the gap for nothing at all: a sliver reads <1% in the first step', () => {
    expect(heatCell(inScope(0)).caption).toBe('3/4 0%');
    expect(HEAT_STEPS[heatStepIndex(0)]!.label).toBe('0% (gap)');
    expect(heatCell(inScope(0.003)).caption).toBe('3/4 <1%');
    expect(HEAT_STEPS[heatStepIndex(0.003)]!.label).toBe('1-24%');
  });

  it('leave processes out of scope uncoloured, captioned by their scope', () => {
    expect(heatCell({ ...inScope(0.5), scope: 'out' })).toEqual({ step: null, caption: 'out' });
    expect(heatCell({ ...inScope(0.5), scope: 'unset' })).toEqual({ step: null, caption: '' });
  });
});

describe('percentLabel', () => {
  it('rounds to a whole percentage, and reads <1% only for a sliver above nothing', () => {
    expect(percentLabel(0.625)).toBe('63%');
    expect(percentLabel(1)).toBe('100%');
    expect(percentLabel(0)).toBe('0%');
    expect(percentLabel(0.004)).toBe('<1%');
    expect(percentLabel(0.005)).toBe('1%');
  });
});
