import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../../shared/etom/registry';
import { TELECOM_VOCABULARY } from '../../../../../shared/mapping/suggest/telecom-vocabulary';
import { rankingStems, analyzeText } from '../../../../../shared/mapping/suggest/text-analysis';
import { createVocabularyMatcher } from '../../../../../shared/mapping/suggest/vocabulary-matcher';

const current = getBuiltInCatalogue('gb921-v25.5')!;
const packStems = new Set(current.processes.flatMap((p) => rankingStems(p.name)));

describe('the telecom vocabulary', () => {
  it('only maps to words that exist in the GB921 v25.5 names', () => {
    const missing: string[] = [];
    for (const entry of TELECOM_VOCABULARY) {
      for (const meaning of entry.means) {
        const stems = rankingStems(meaning);
        if (stems.length === 0 || stems.some((stem) => !packStems.has(stem))) {
          missing.push(`${entry.say[0] ?? '?'} -> ${meaning}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has entries with something on both sides, and no phrase twice in one entry', () => {
    expect(TELECOM_VOCABULARY.length).toBeGreaterThan(100);
    for (const entry of TELECOM_VOCABULARY) {
      expect(entry.say.length, entry.means.join()).toBeGreaterThan(0);
      expect(entry.means.length, entry.say.join()).toBeGreaterThan(0);
      expect(new Set(entry.say).size, entry.say.join()).toBe(entry.say.length);
    }
  });

  it('covers the operator words the issue names', () => {
    const matcher = createVocabularyMatcher(TELECOM_VOCABULARY);
    const means = (text: string): string[] => {
      const words = analyzeText(text);
      return words.flatMap((_, i) => matcher.matchAt(words, i)?.means.map((m) => m.text) ?? []);
    };
    expect(means('trouble ticket')).toContain('problem');
    expect(means('provisioning')).toContain('activation');
    expect(means('Dunning')).toContain('debt collection');
    expect(means('churn')).toContain('retention');
    expect(means('Port-in')).toContain('number portability');
    expect(means('NOC')).toContain('resource trouble');
  });
});

describe('the vocabulary matcher', () => {
  const matcher = createVocabularyMatcher([
    { say: ['port in', 'port'], means: ['number portability'] },
    { say: ['port in'], means: ['porting'] },
    { say: ['bill run'], means: ['bill production cycle'] },
  ]);

  it('matches the longest phrase, stem by stem, and pools meanings of a shared phrase', () => {
    const words = analyzeText('Ports-in requests');
    const match = matcher.matchAt(words, 0);
    expect(match).toMatchObject({ first: 0, length: 2, said: 'port in' });
    expect(match?.means.map((m) => m.text)).toEqual(['number portability', 'porting']);
    expect(matcher.matchAt(analyzeText('port'), 0)?.length).toBe(1);
    expect(matcher.matchAt(analyzeText('billing runs'), 0)?.said).toBe('bill run');
    expect(matcher.matchAt(words, 2)).toBeUndefined();
  });

  it('lists the stems its meanings use', () => {
    expect([...matcher.meaningStems()].sort()).toEqual(
      ['bill', 'cycl', 'number', 'portability', 'port', 'production'].sort(),
    );
  });
});
