import { describe, expect, it } from 'vitest';
import {
  familiesFirst,
  withFamilySupport,
} from '../../../../../shared/mapping/suggest/family-support';
import type { RankedDocument } from '../../../../../shared/mapping/suggest/ranking-index';
import type { DocumentScore } from '../../../../../shared/mapping/suggest/score';
import { SHOP } from './tiny-packs';

/** A candidate of the SHOP pack with the given score (the other fields do not matter here). */
function candidate(id: string, score: number): DocumentScore {
  const process = SHOP.byId(id);
  if (!process) throw new Error(`no ${id} in SHOP`);
  const doc = { catalogue: SHOP, process } as unknown as RankedDocument;
  return { doc, raw: score, score, coverage: 1, literal: 1 };
}

const idsOf = (list: readonly DocumentScore[]) => list.map((c) => c.doc.process.id);

describe('family support', () => {
  it('lifts a candidate whose L2 relatives match too above a stray one that matches alone', () => {
    const ranked = withFamilySupport(
      [
        candidate('1.2.1.1', 0.5), // alone in its family
        candidate('1.1.4.1', 0.45),
        candidate('1.1.4.1.1', 0.3),
        candidate('1.1.4', 0.3),
      ],
      0.1,
    );
    expect(idsOf(ranked)[0]).toBe('1.1.4.1');
    expect(ranked[0]?.score).toBeCloseTo(0.45 + 0.1 * (0.3 + 0.3));
    expect(ranked[0]?.relatives).toBe(2);
    expect(ranked.find((c) => c.doc.process.id === '1.2.1.1')).toMatchObject({
      score: 0.5,
      relatives: 0,
    });
  });

  it('changes nothing with a weight of 0, and never scores above 1', () => {
    const input = [candidate('1.1.1', 0.9), candidate('1.1.1.1', 0.95), candidate('1.1.2', 0.1)];
    expect(idsOf(withFamilySupport(input, 0))).toEqual(['1.1.1.1', '1.1.1', '1.1.2']);
    expect(withFamilySupport(input, 5).every((c) => c.score <= 1)).toBe(true);
  });

  it('makes room for other families, keeping scores in rank order', () => {
    const supported = withFamilySupport(
      [candidate('1.1.1', 0.9), candidate('1.1.1.1', 0.85), candidate('1.1.2', 0.7)],
      0,
    );
    const listed = familiesFirst(supported, 0.6);
    expect(idsOf(listed)).toEqual(['1.1.1', '1.1.2', '1.1.1.1']);
    const scores = listed.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(listed[2]?.score).toBeCloseTo(0.85 * 0.6);
  });
});
