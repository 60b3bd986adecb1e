import type { WorkspaceDocument } from '../../shared/model/document';
import type { Viewport } from '../../shared/model/diagram-schema';
import type { DiagramId } from '../../shared/model/ids';

/**
 * Where each diagram is looked at: view state, kept apart from the workspace's files. A
 * diagram file's `viewport` is the view it opens at on a profile that has not shown it yet;
 * the view each user leaves a diagram at is kept in this browser profile (the desktop app's is
 * its own), by workspace folder, and never written into the files: panning changes no file, so
 * a save after undoing everything writes the files as they were, and a git history holds no
 * views.
 */

const KEY = 'etom-studio.diagram-views';
/** How many workspaces are remembered; the one used longest ago is forgotten first. */
const MOST_WORKSPACES = 30;
/** How many diagrams of one workspace are remembered; the one looked at longest ago goes. */
const MOST_DIAGRAMS = 500;

interface Remembered {
  path: string;
  /** [diagram id, x, y, zoom], the one looked at last first. */
  views: Array<[string, number, number, number]>;
}

function isView(value: unknown): value is [string, number, number, number] {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    value.slice(1).every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (value[3] as number) > 0
  );
}

function load(): Remembered[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry: unknown): entry is Remembered =>
        typeof (entry as Remembered | null)?.path === 'string' &&
        Array.isArray((entry as Remembered).views) &&
        (entry as Remembered).views.every(isView),
    );
  } catch {
    return [];
  }
}

/**
 * The view each diagram of `document` opens at in the workspace at `path`: where this profile
 * left it, else its file's viewport. A Map, not an object: a diagram may be called "constructor".
 */
export function viewportsToOpen(
  path: string | null,
  document: WorkspaceDocument,
): ReadonlyMap<DiagramId, Viewport> {
  const views = new Map(document.diagrams.map((d) => [d.id, d.viewport]));
  const entry = path === null ? undefined : load().find((e) => e.path === path);
  for (const [id, x, y, zoom] of entry?.views ?? []) {
    if (views.has(id as DiagramId)) views.set(id as DiagramId, { x, y, zoom });
  }
  return views;
}

/** Remembers where `diagramId` of the workspace at `path` was left. */
export function rememberViewport(path: string, diagramId: DiagramId, viewport: Viewport): void {
  const all = load();
  const entry = all.find((e) => e.path === path);
  const views = (entry?.views ?? []).filter(([id]) => id !== diagramId);
  const next: Remembered = {
    path,
    views: [
      [diagramId, viewport.x, viewport.y, viewport.zoom] as [string, number, number, number],
      ...views,
    ].slice(0, MOST_DIAGRAMS),
  };
  const others = all.filter((e) => e.path !== path);
  try {
    globalThis.localStorage?.setItem(
      KEY,
      JSON.stringify([next, ...others].slice(0, MOST_WORKSPACES)),
    );
  } catch {
    // Storage refused (a private window): the diagram opens at its file's view next time.
  }
}
