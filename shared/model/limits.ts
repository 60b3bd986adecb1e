/**
 * Bounds on what the app reads, checked before parsing so that a hostile or runaway file is
 * refused quickly and never reaches structuredClone (which throws at ~10^4 nesting).
 */
export const LIMITS = {
  /** Largest workspace file read, in bytes (by stat, before reading). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Deepest JSON nesting accepted. Real files nest under 10 levels. */
  maxDepth: 64,
  /** Most nodes on one diagram. */
  maxNodesPerDiagram: 20_000,
  /** Most edges on one diagram. */
  maxEdgesPerDiagram: 40_000,
  /** Most diagrams in one workspace. */
  maxDiagrams: 2_000,
  /** Most company processes / mappings. */
  maxProcesses: 50_000,
  maxMappings: 100_000,
  /** Longest label, name or rationale, in characters. */
  maxTextLength: 10_000,
  /** Longest short name (workspace, diagram, process), in characters. */
  maxNameLength: 500,
} as const;
