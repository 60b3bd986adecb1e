import { useStudio } from '../state/studio-store';
import { takeOverWorkspace } from './lock-actions';
import { lockNoticeText } from './lock-text';
import './lock-notice.css';

/** Says who has the workspace open for editing, while that makes it read-only here. */
export function LockNotice() {
  const holder = useStudio((s) => s.workspace?.lockedBy ?? null);
  if (!holder) return null;
  return (
    <section className="lock-notice" aria-label="Read-only workspace">
      <p>{lockNoticeText(holder)}</p>
      <button type="button" onClick={() => void takeOverWorkspace()}>
        Take over…
      </button>
    </section>
  );
}
