import type { WorkspaceDocument } from '../model/document';
import type { FileKind } from '../model/validate';
import { fileKindOf, setKeysOf } from './merge-file';
import type { PathStep } from './merge-conflict';

/**
 * Reads back a path written by `formatPath` (`nodes["n-1"].label`). A bracketed step is kept as
 * a key: on an array it names the element of that key, on an object the property.
 * Returns null for text that is not such a path.
 */
export function parsePath(text: string): PathStep[] | null {
  const steps: PathStep[] = [];
  let rest = text;
  let first = true;
  while (rest.length > 0) {
    const name = (first ? /^([A-Za-z_$][\w$]*)/ : /^\.([A-Za-z_$][\w$]*)/).exec(rest);
    if (name) {
      steps.push(name[1] ?? '');
      rest = rest.slice(name[0].length);
    } else {
      const bracket = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
      if (!bracket) return null;
      let key: unknown;
      try {
        key = JSON.parse(bracket[1] ?? '');
      } catch {
        return null;
      }
      if (typeof key !== 'string') return null;
      steps.push({ key });
      rest = rest.slice(bracket[0].length);
    }
    first = false;
  }
  return steps;
}

/** The workspace-relative file a record names, as a kind and, for a diagram, its id. */
export interface FilePlace {
  kind: FileKind;
  /** The diagram's id (its file name without `.json`) for a diagram file. */
  diagramId?: string;
}

/** Where a record's `file` (`processes.json`, `diagrams/d-1.json`) is, or null. */
export function filePlace(file: string): FilePlace | null {
  const kind = fileKindOf(file);
  if (kind === null) return null;
  if (kind !== 'diagram') return { kind };
  const name = file.split('/').pop() ?? '';
  return { kind, diagramId: name.slice(0, -'.json'.length) };
}

/** The parsed file of `document` a place names (undefined for a diagram that is not there). */
export function fileValue(document: WorkspaceDocument, place: FilePlace): unknown {
  switch (place.kind) {
    case 'workspace':
      return document.workspace;
    case 'processes':
      return document.processes;
    case 'mappings':
      return document.mappings;
    case 'scope':
      return document.scope;
    case 'diagram':
      return document.diagrams.find((diagram) => diagram.id === place.diagramId);
  }
}

function setPath(steps: readonly PathStep[]): string {
  return steps.filter((step): step is string => typeof step === 'string').join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The index of the element keyed `key` in the set at `at`, or -1. */
function indexIn(kind: FileKind, at: readonly PathStep[], list: unknown[], key: string): number {
  const keyOf = setKeysOf(kind).get(setPath(at));
  return keyOf ? list.findIndex((element) => keyOf(element) === key) : -1;
}

/** The value at `steps` inside a file's value; undefined when it is not there. */
export function valueAt(kind: FileKind, root: unknown, steps: readonly PathStep[]): unknown {
  let value = root;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as PathStep;
    const name = typeof step === 'string' ? step : step.key;
    if (Array.isArray(value) && typeof step !== 'string') {
      value = value[indexIn(kind, steps.slice(0, i), value, name)];
    } else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, name)) {
      value = value[name];
    } else {
      return undefined;
    }
  }
  return value;
}

/**
 * A copy of `root` with `value` at `steps` (a set element added, replaced or, for undefined,
 * removed; an object key set or removed). Only the objects along the path are copied.
 * Returns null when the path does not lead anywhere in `root`.
 */
export function withValueAt(
  kind: FileKind,
  root: unknown,
  steps: readonly PathStep[],
  value: unknown,
  at: readonly PathStep[] = [],
): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return value;
  const name = typeof step === 'string' ? step : step.key;
  if (Array.isArray(root) && typeof step !== 'string') {
    const index = indexIn(kind, at, root, name);
    const next = [...(root as unknown[])];
    if (index < 0) {
      if (rest.length > 0 || value === undefined) return rest.length > 0 ? null : root;
      next.push(value);
      return next;
    }
    const inner = withValueAt(kind, next[index], rest, value, [...at, step]);
    if (inner === null) return null;
    if (inner === undefined) next.splice(index, 1);
    else next[index] = inner;
    return next;
  }
  if (!isRecord(root)) return null;
  const inner = withValueAt(kind, root[name], rest, value, [...at, step]);
  if (inner === null) return null;
  const next = { ...root };
  if (inner === undefined) delete next[name];
  else next[name] = inner;
  return next;
}
