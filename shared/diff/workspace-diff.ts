import type { WorkspaceDocument } from '../model/document';
import type { DiagramFile } from '../model/diagram-schema';
import { targetKey } from '../model/framework-ref';
import { sameJson } from '../merge/same-json';
import { changeWords } from './element-changes';

export interface Named {
  id: string;
  name: string;
}

export interface ChangedElement extends Named {
  /** "renamed", "moved", "re-aligned"... */
  changes: string[];
  /** For a rename or a re-alignment: what it was and what it is. */
  from?: string;
  to?: string;
}

export interface SetDiff {
  added: Named[];
  removed: Named[];
  changed: ChangedElement[];
}

export interface DiagramDiff extends Named {
  status: 'added' | 'removed' | 'changed';
  nodes: SetDiff;
  edges: SetDiff;
}

/** What changed from one workspace to another, element by element. */
export interface WorkspaceDiff {
  /** Fields of workspace.json that changed. */
  workspace: string[];
  processes: SetDiff;
  mappings: SetDiff;
  scope: SetDiff;
  diagrams: DiagramDiff[];
}

const byName = (a: Named, b: Named): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function setDiff<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  nameOf: (item: T) => string,
  values?: (item: T) => string,
): SetDiff {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const diff: SetDiff = { added: [], removed: [], changed: [] };
  for (const [id, item] of now) {
    const was = old.get(id);
    if (was === undefined) diff.added.push({ id, name: nameOf(item) });
    else if (!sameJson(was, item)) {
      const changes = changeWords(was as object, item as object);
      const [from, to] = values ? [values(was), values(item)] : [nameOf(was), nameOf(item)];
      diff.changed.push({ id, name: nameOf(item), changes, ...(from !== to ? { from, to } : {}) });
    }
  }
  for (const [id, item] of old) if (!now.has(id)) diff.removed.push({ id, name: nameOf(item) });
  diff.added.sort(byName);
  diff.removed.sort(byName);
  diff.changed.sort(byName);
  return diff;
}

const EMPTY: SetDiff = { added: [], removed: [], changed: [] };

/**
 * The difference between two workspaces (`before`, `after`) as people describe it: processes,
 * mappings, scope decisions, diagrams and their nodes and edges added, removed, renamed, moved,
 * restyled or re-aligned. Names of company processes come from each side's catalogue; framework
 * processes are named by pack and id.
 */
export function diffWorkspaces(
  before: WorkspaceDocument,
  after: WorkspaceDocument,
  options: {
    /** The name of a framework process, e.g. from the pack's catalogue. */
    frameworkName?: (pack: string, id: string) => string | undefined;
    /** Diagrams that could not be read on either side: not compared, never "removed". */
    skipDiagrams?: ReadonlySet<string>;
  } = {},
): WorkspaceDiff {
  const framework = (pack: string, id: string): string => {
    const name = options.frameworkName?.(pack, id);
    return name === undefined ? `${pack} ${id}` : `${id} ${name}`;
  };
  const skip = options.skipDiagrams ?? new Set<string>();
  const processName = (doc: WorkspaceDocument) => {
    const names = new Map(doc.processes.processes.map((p) => [p.id as string, p.name]));
    return (id: string) => names.get(id) ?? id;
  };
  const [beforeName, afterName] = [processName(before), processName(after)];
  const nodeName =
    (name: (id: string) => string) =>
    (node: DiagramFile['nodes'][number]): string => {
      switch (node.kind) {
        case 'box':
        case 'group':
          return node.label;
        case 'note':
        case 'text':
          return node.text;
        case 'framework':
          return framework(node.pack, node.processId);
        case 'process':
          return name(node.processId);
      }
    };
  const diagramDiff = (
    a: DiagramFile | undefined,
    b: DiagramFile | undefined,
  ): DiagramDiff | null => {
    const d = (b ?? a) as DiagramFile;
    if (a && b && sameJson({ ...a, viewport: null }, { ...b, viewport: null })) return null;
    // An unlabelled connection is named by its ends' names (now, else then), not their ids.
    const ends = new Map<string, string>();
    for (const node of a?.nodes ?? []) ends.set(node.id, nodeName(beforeName)(node));
    for (const node of b?.nodes ?? []) ends.set(node.id, nodeName(afterName)(node));
    const end = (id: string) => ends.get(id) ?? id;
    const edgeName = (edge: DiagramFile['edges'][number]): string =>
      edge.label ?? `${end(edge.source)} -> ${end(edge.target)}`;
    return {
      id: d.id,
      name: d.name,
      status: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      nodes: setDiff(
        a?.nodes ?? [],
        b?.nodes ?? [],
        (n) => n.id,
        nodeName(b ? afterName : beforeName),
      ),
      edges: a && b ? setDiff(a.edges, b.edges, (e) => e.id, edgeName) : EMPTY,
    };
  };
  const oldDiagrams = new Map(before.diagrams.map((d) => [d.id as string, d]));
  const newDiagrams = new Map(after.diagrams.map((d) => [d.id as string, d]));
  const ids = [...new Set([...oldDiagrams.keys(), ...newDiagrams.keys()])]
    .filter((id) => !skip.has(id))
    .sort();
  return {
    workspace: changeWords(before.workspace, after.workspace),
    processes: setDiff(
      before.processes.processes,
      after.processes.processes,
      (p) => p.id,
      (p) => p.name,
    ),
    mappings: setDiff(
      before.mappings.mappings,
      after.mappings.mappings,
      (m) => m.id,
      (m) => `${afterName(m.processId)} -> ${framework(m.target.pack, m.target.id)}`,
      (m) => m.alignment,
    ),
    scope: setDiff(
      before.scope.entries,
      after.scope.entries,
      (e) => targetKey(e.target),
      (e) => framework(e.target.pack, e.target.id),
      (e) => e.status,
    ),
    diagrams: ids
      .map((id) => diagramDiff(oldDiagrams.get(id), newDiagrams.get(id)))
      .filter((d): d is DiagramDiff => d !== null),
  };
}
