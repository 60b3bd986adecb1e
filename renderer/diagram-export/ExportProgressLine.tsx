import { progressText, type ExportActivity } from './progress-text';
import './export-progress.css';

/**
 * A running export's progress: a bar (counted where the step counts pages or diagrams) and
 * the line saying what it does, announced politely to screen readers.
 */
export function ExportProgressLine({ activity }: { activity: ExportActivity | null }) {
  const now = activity ?? { step: 'preparing' as const, done: 0, total: 0 };
  return (
    <div className="export-progress">
      {now.total > 1 ? (
        <progress aria-label="Export progress" value={now.done} max={now.total} />
      ) : (
        <progress aria-label="Export progress" />
      )}
      <span role="status">{progressText(now)}</span>
    </div>
  );
}
