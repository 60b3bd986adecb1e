import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../shared/etom/registry';
import { rankingStems } from '../../../shared/mapping/suggest/text-analysis';
import { l2Of, loadEvalSet } from '../../../scripts/bench/suggest-eval-set';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const cases = loadEvalSet();

/** Words that say nothing about a subject: sharing them is not sharing a word. */
const GENERIC = new Set(['manag', 'process', 'support', 'servic', 'handl']);

describe('the suggestion evaluation set', () => {
  it('has at least 60 distinct operator process names, a third held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.query.toLowerCase())).size).toBe(cases.length);
    const held = cases.filter((c) => c.split === 'holdout').length;
    expect(held).toBeGreaterThanOrEqual(Math.floor(cases.length / 3));
    expect(held).toBeLessThanOrEqual(Math.ceil(cases.length / 3));
  });

  it('labels every name with a real GB921 v25.5 L2, and an L3 below it where given', () => {
    for (const c of cases) {
      const l2 = current.byId(c.l2);
      expect(l2?.level, `${c.query} (line ${c.line})`).toBe(2);
      if (c.l3 !== undefined) {
        const l3 = current.byId(c.l3);
        expect(l3?.level, `${c.query} (line ${c.line})`).toBe(3);
        expect(l3?.parentId, `${c.query} (line ${c.line})`).toBe(c.l2);
      }
      expect(l2Of(c.l3 ?? c.l2)).toBe(c.l2);
    }
  });

  it('spans the areas the issue names', () => {
    const domains = new Set(cases.map((c) => current.byId(c.l2)?.domain));
    for (const domain of [
      'Market Domain',
      'Product Domain',
      'Customer Domain',
      'Service Domain',
      'Resource Domain',
      'Business Partner Domain',
      'Enterprise Domain',
      'Sales Domain',
    ]) {
      expect(domains, domain).toContain(domain);
    }
  });

  it('has at least a third of names sharing no significant word with their labelled processes', () => {
    const significant = (text: string): Set<string> =>
      new Set(rankingStems(text).filter((stem) => !GENERIC.has(stem)));
    const disjoint = cases.filter((c) => {
      const labelled = [c.l2, c.l3]
        .filter((id): id is string => id !== undefined)
        .map((id) => current.byId(id)?.name ?? '')
        .join(' ');
      const framework = significant(labelled);
      return [...significant(c.query)].every((stem) => !framework.has(stem));
    });
    expect(disjoint.length * 3).toBeGreaterThanOrEqual(cases.length);
  });
});
