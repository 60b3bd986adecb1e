import type { JsonScanLimits } from '../codecs/json-scan';
import { DEFAULT_JSON_LIMITS } from '../codecs/safe-json';
import { LIMITS } from './limits';
import type { FileKind } from './migrations/types';

/**
 * The most bytes a text of `LIMITS.maxTextLength` characters can take as written in JSON
 * (every character a six-byte `\uXXXX` escape). Every string in a workspace file is bounded
 * by it, so the scanner refuses a 10 MB label before it is decoded or parsed.
 */
export const MAX_TEXT_BYTES = LIMITS.maxTextLength * 6;

const WORKSPACE_FILE: JsonScanLimits = { ...DEFAULT_JSON_LIMITS, maxStringBytes: MAX_TEXT_BYTES };

/** The scanner limits of each kind of workspace file: its schema's bounds, before parsing. */
export const FILE_JSON_LIMITS: Readonly<Record<FileKind, JsonScanLimits>> = {
  workspace: WORKSPACE_FILE,
  processes: { ...WORKSPACE_FILE, rootArrayItems: { processes: LIMITS.maxProcesses } },
  mappings: { ...WORKSPACE_FILE, rootArrayItems: { mappings: LIMITS.maxMappings } },
  scope: { ...WORKSPACE_FILE, rootArrayItems: { entries: LIMITS.maxScopeEntries } },
  diagram: {
    ...WORKSPACE_FILE,
    rootArrayItems: { nodes: LIMITS.maxNodesPerDiagram, edges: LIMITS.maxEdgesPerDiagram },
  },
};

/** The largest file of each kind that is read at all (checked by size before reading). */
export const FILE_MAX_BYTES: Readonly<Record<FileKind, number>> = {
  workspace: LIMITS.maxWorkspaceFileBytes,
  processes: LIMITS.maxFileBytes,
  mappings: LIMITS.maxFileBytes,
  scope: LIMITS.maxFileBytes,
  diagram: LIMITS.maxFileBytes,
};
