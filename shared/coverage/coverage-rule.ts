/**
 * The coverage rules in words, printed in the report and the Coverage tab, and kept in step
 * with the README's "Coverage" section and with CoverageModel.
 */
export const COVERAGE_RULES: readonly string[] = [
  'Scope is inherited: a process without a decision of its own takes the decision of its nearest ancestor that has one (an L2 in scope puts its L3s in scope unless one says otherwise).',
  'A process is covered when at least one mapping points at it or at a process below it.',
  'Scope [n/m] of a process: m is the number of its children in scope, n the number of those covered.',
  "The percentage is weighted: each in-scope child counts for the best weight of the mappings made to the child itself (full 1, partial 0.5, or the workspace's own scale), or for its own percentage if that is higher.",
  'A mapping made directly to a parent covers the parent, and the parent counts for its full weight in its own parent, but none of its children is counted as covered: an L2 mapped directly with no L3 mapped shows Scope [0/m].',
  'Gaps are in-scope processes down to L3 that nothing is mapped to, each listed once at the top of its uncovered branch; overlaps are processes mapped from two or more company processes; extensions are company processes flagged "not in eTOM" or with no mapping.',
];
