import type { ExportStep } from '../../shared/ipc/methods/export-methods';

/** What a long export is doing, as the dialog tells it: the page's own steps and main's. */
export interface ExportActivity {
  step: 'preparing' | ExportStep;
  /** Pages or diagrams finished, of `total` (0 when not counted). */
  done: number;
  total: number;
}

/** The line the export dialog shows for `activity`, e.g. "Writing page 3 of 12…". */
export function progressText(activity: ExportActivity): string {
  const { step, done, total } = activity;
  const counted = total > 1;
  const nth = `${Math.min(done + 1, total)} of ${total}`;
  switch (step) {
    case 'preparing':
      return counted ? `Drawing diagram ${nth}…` : 'Drawing…';
    case 'checking':
      return counted ? `Checking diagram ${nth}…` : 'Checking the drawing…';
    case 'drawing':
      return counted ? `Writing page ${nth}…` : 'Writing the page…';
    case 'rasterising':
      return 'Rasterising the picture…';
    case 'writing':
      return 'Saving the file…';
  }
}
