import type { RankingField } from './ranking-fields';

/**
 * Every number the ranking uses, in one place. Tuned on the `tune` rows of the evaluation set
 * (tests/fixtures/suggest-eval) only; `npm run bench:suggest` measures the effect.
 */
export interface RankingTuning {
  /** BM25F: how much a match in each field counts, and how much the field's length dampens it (b). */
  fields: Readonly<Record<RankingField, { weight: number; b: number }>>;
  /** BM25 saturation: how quickly repeated matches stop adding. */
  k1: number;
  /** How much each part of the company process counts, per word. */
  sources: { name: number; description: number; parent: number; children: number };
  /** Most words taken from a description or from child names (the rarest first). */
  maxContextWords: number;
  /** How much a stand-in word counts against the word itself. */
  alternatives: { vocabulary: number; typo1: number; typo2: number; prefix: number };
  /** Multiplier per level (index = level); mappings usually target L2 and L3. */
  levelPrior: readonly number[];
  /** Share of the score kept by a process that matches none of the query's weight in its own fields. */
  coverageFloor: number;
  /** What a match only in the context fields counts for coverage. */
  contextCoverage: number;
  /** Score added (before normalising) when the query names a process id exactly. */
  idMatch: number;
  /** How much a generic modifier (`new`, `existing`) counts against a subject word. */
  genericWord: number;
  /** How much a query word the framework uses as a verb (`validation`, `execution`) counts against a subject word. */
  verbWord: number;
  /** Later meanings of a vocabulary phrase count this much less each (the first is the closest). */
  meaningStep: number;
  /** Suggestions: how much each other candidate of the same L2 subtree adds to a candidate. */
  familySupport: number;
  /** Suggestions: how many candidates are looked at for family support. */
  familyPool: number;
  /** Suggestions: the share of its score kept by a candidate after the best of its family. */
  familyRunnerUp: number;
}

export const DEFAULT_TUNING: RankingTuning = {
  fields: {
    name: { weight: 1, b: 0.5 },
    action: { weight: 0.5, b: 0 },
    counterpart: { weight: 0.6, b: 0.5 },
    description: { weight: 0.35, b: 0.75 },
    lineage: { weight: 0.25, b: 0.3 },
    parent: { weight: 0.25, b: 0.3 },
    ancestors: { weight: 0.1, b: 0.3 },
    children: { weight: 0.2, b: 0.8 },
  },
  k1: 2,
  sources: { name: 1, description: 0.3, parent: 0.35, children: 0.2 },
  maxContextWords: 12,
  alternatives: { vocabulary: 0.8, typo1: 0.8, typo2: 0.6, prefix: 0.7 },
  levelPrior: [0.45, 0.55, 1, 1, 0.85, 0.75, 0.7, 0.65],
  coverageFloor: 0.3,
  contextCoverage: 0.5,
  idMatch: 3,
  genericWord: 0.3,
  verbWord: 0.6,
  meaningStep: 0.1,
  familySupport: 0.1,
  familyPool: 10,
  familyRunnerUp: 0.6,
};
