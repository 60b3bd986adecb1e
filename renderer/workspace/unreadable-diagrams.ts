import type { HostError } from '../../shared/ipc/errors';
import { WORKSPACE_FILES } from '../../shared/model/document';

/** A diagram file the host could not read: listed beside the diagrams, never opened or written. */
export interface UnreadableDiagram {
  /** Workspace-relative file, e.g. `diagrams/order.json`. */
  file: string;
  /** The file's name without `.json`: the id a diagram of that file would have. */
  stem: string;
  /** Why it could not be read, as the host said it. */
  reason: HostError;
}

const PREFIX = `${WORKSPACE_FILES.diagramsDir}/`;

/**
 * The diagram files among the problems `workspace.open` reported, sorted by file. Problems that
 * name no file in `diagrams/` are left to the status bar.
 */
export function unreadableDiagrams(problems: ReadonlyArray<HostError>): UnreadableDiagram[] {
  const byFile = new Map<string, UnreadableDiagram>();
  for (const reason of problems) {
    const file = reason.file;
    if (file === undefined || !file.startsWith(PREFIX)) continue;
    const name = file.slice(PREFIX.length);
    if (name.includes('/')) continue;
    const stem = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
    if (!byFile.has(file)) byFile.set(file, { file, stem, reason });
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The ids a new diagram must not take: a diagram with such an id would be saved over an
 * unreadable file, which the host refuses (the file is never overwritten).
 */
export function unreadableIds(problems: ReadonlyArray<HostError>): string[] {
  return unreadableDiagrams(problems).map((d) => d.stem);
}
