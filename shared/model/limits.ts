/**
 * Bounds on what the app reads, checked before parsing so that a hostile or runaway file is
 * refused quickly and never reaches structuredClone (which throws at ~10^4 nesting).
 */
export const LIMITS = {
  /** Largest workspace file read, in bytes (by stat, before reading). */
  maxFileBytes: 50 * 1024 * 1024,
  /**
   * Largest `workspace.json` read. Ours are a few hundred bytes; the Open dialog inspects the
   * folder on every keystroke, so a hostile one must never cost a large read.
   */
  maxWorkspaceFileBytes: 64 * 1024,
  /** Deepest JSON nesting accepted. Real files nest under 10 levels. */
  maxDepth: 64,
  /**
   * Most JSON values (objects, arrays, strings, numbers, true, false, null) in one workspace
   * file. The largest legal diagram (20,000 nodes, 40,000 edges) has about 400,000 and
   * 100,000 mappings about 800,000; a flat array of 24 million zeros is refused after two
   * megabytes, before it costs gigabytes to parse.
   */
  maxJsonValues: 1_000_000,
  /**
   * Most JSON values in what carries a whole document (a save request, the recovery journal):
   * about what 64 MB of the densest legal JSON holds.
   */
  maxDocumentJsonValues: 8_000_000,
  /**
   * Most properties in one JSON object. Our objects have a fixed handful; the largest map is
   * the journal's file hashes, one per file (see maxDiagrams).
   */
  maxJsonObjectKeys: 10_000,
  /** Longest JSON property name, in bytes. Ours are single words. */
  maxJsonKeyBytes: 1_000,
  /** Most nodes on one diagram. */
  maxNodesPerDiagram: 20_000,
  /** Most edges on one diagram. */
  maxEdgesPerDiagram: 40_000,
  /** Most diagrams in one workspace. */
  maxDiagrams: 2_000,
  /** Most company processes / mappings. */
  maxProcesses: 50_000,
  maxMappings: 100_000,
  /** Most scope decisions (one per framework process of the packs in use). */
  maxScopeEntries: 20_000,
  /** Longest label, name or rationale, in characters. */
  maxTextLength: 10_000,
  /** Longest short name (workspace, diagram, process), in characters. */
  maxNameLength: 500,
} as const;
