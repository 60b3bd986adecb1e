import { useEffect, useRef } from 'react';
import { isDirty } from '../../shared/commands/history';
import { GitStatusItem } from '../merge/GitStatusItem';
import { describeError, saveStatusText } from '../state/status-text';
import { selectionIn } from '../state/select-actions';
import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';

/** How long a notice stays in the status bar. */
const NOTICE_MS = 10_000;

/**
 * A notice says what just happened: it goes after NOTICE_MS, or when another tab is shown
 * (where it would describe something else).
 */
function useNoticeLifetime(notice: string | null): void {
  const activeTab = useStudio((s) => s.activeTab);
  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => {
      if (useStudio.getState().notice === notice) useStudio.setState({ notice: null });
    }, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  // Cleared on a change of tab only when it was there before: one set with the change stays.
  const shownWith = useRef(activeTab);
  const before = useRef(notice);
  useEffect(() => {
    const tabChanged = shownWith.current !== activeTab;
    shownWith.current = activeTab;
    const stale = notice !== null && notice === before.current;
    before.current = notice;
    if (tabChanged && stale) useStudio.setState({ notice: null });
  }, [activeTab, notice]);
}

/** Save state, the selection, read-only notice and problems, at the foot of the window. */
export function StatusBar() {
  const status = useStudio((s) => s.saveStatus);
  const dirty = useStudio((s) => (s.history ? isDirty(s.history) : false));
  const readOnly = useStudio((s) => s.workspace?.readOnly ?? null);
  const problems = useStudio((s) => s.workspace?.problems ?? []);
  const notice = useStudio((s) => s.notice);
  const selected = useStudio((s) => {
    const selection = selectionIn(s, diagramOf(s.activeTab));
    return selection.nodes.size + selection.edges.size;
  });
  const text = saveStatusText(status, dirty);
  useNoticeLifetime(notice);

  return (
    <footer className="status-bar">
      <span
        role="status"
        className={`status-save ${status.kind === 'error' ? 'status-error' : dirty ? 'status-dirty' : 'status-clean'}`}
      >
        {text}
      </span>
      {selected > 0 && <span className="status-selection">{`${selected} selected`}</span>}
      {readOnly !== null && <span className="status-readonly">Read-only: {readOnly}</span>}
      {problems.length > 0 && (
        <details className="status-problems">
          <summary>
            {problems.length} {problems.length === 1 ? 'problem' : 'problems'}
          </summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{describeError(p)}</li>
            ))}
          </ul>
        </details>
      )}
      {notice && (
        <span className="status-notice" title={notice}>
          {notice}
        </span>
      )}
      <GitStatusItem />
    </footer>
  );
}
