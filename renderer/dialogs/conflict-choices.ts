/** What the conflict dialog offers: "reload" always; the others only where they can work. */
export type ConflictChoice = 'reload' | 'saveAsCopy' | 'keepMine';

export interface ConflictSituation {
  /** Why the dialog is up: a refused save, or changes noticed on disk. */
  reason: 'save' | 'outside';
  /** Whether the window holds unsaved edits. */
  dirty: boolean;
  /** Why the window is read-only (another instance holds the lock, newer files), or null. */
  readOnly: string | null;
}

/**
 * The choices for a conflict. With nothing unsaved and no refused save there is nothing to
 * keep: reload only. Otherwise reload or save a copy elsewhere; and "keep mine" (overwrite the
 * disk version) only in a window that may save, since a read-only window's save is refused.
 */
export function conflictChoices(situation: ConflictSituation): ConflictChoice[] {
  if (situation.reason !== 'save' && !situation.dirty) return ['reload'];
  return situation.readOnly === null
    ? ['saveAsCopy', 'keepMine', 'reload']
    : ['saveAsCopy', 'reload'];
}
