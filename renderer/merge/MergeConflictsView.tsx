import { describeError } from '../state/status-text';
import { saveWorkspace } from '../state/workspace-actions';
import { ConflictCard } from './ConflictCard';
import { takeSide } from './merge-actions';
import { useMergeItems } from './merge-items';
import { useMerge } from './merge-store';
import { ReferenceCard } from './ReferenceCard';
import './merge.css';

/**
 * The "Merge conflicts" tab: every conflict the merge driver recorded, per file, with base,
 * ours and theirs in words and a choice each (or for all); then the references across files
 * that point at something a merge deleted. Choices are edits (undoable); the records go once
 * every conflict of a file is resolved and the workspace saved.
 */
export function MergeConflictsView() {
  const items = useMergeItems();
  const { choices, problems, removeError, records } = useMerge();
  if (!items) return null;
  const files = [...new Set(items.conflicts.map((item) => item.file))];
  const open = items.conflicts.filter((item) => item.state === 'open');
  return (
    <section className="merge-view" aria-label="Merge conflicts">
      <header className="merge-view-head">
        <h2>Merge conflicts</h2>
        <p role="status">
          {items.open === 0
            ? records.length > 0
              ? 'Everything is resolved: save the workspace to finish the merge.'
              : 'No merge conflicts.'
            : `${items.open} of ${items.conflicts.length + items.references.length} unresolved.`}
        </p>
        <div className="merge-view-actions">
          <button type="button" disabled={open.length === 0} onClick={() => takeSide(open, 'ours')}>
            Take ours for all
          </button>
          <button
            type="button"
            disabled={!open.some((item) => item.choices.includes('theirs'))}
            onClick={() => takeSide(open, 'theirs')}
          >
            Take theirs for all
          </button>
          <button type="button" onClick={() => void saveWorkspace()}>
            Save
          </button>
        </div>
      </header>
      {[...problems, ...(removeError ? [removeError] : [])].map((problem, index) => (
        <p key={index} className="merge-problem" role="alert">
          {describeError(problem)}
        </p>
      ))}
      {files.map((file) => (
        <section key={file} aria-label={`Conflicts in ${file}`}>
          <h3>{file}</h3>
          <ul className="merge-list">
            {items.conflicts
              .filter((item) => item.file === file)
              .map((item) => (
                <ConflictCard key={item.id} item={item} choice={choices.get(item.id)} />
              ))}
          </ul>
        </section>
      ))}
      {items.references.length > 0 && (
        <section aria-label="References across files">
          <h3>References across files</h3>
          <ul className="merge-list">
            {items.references.map((item) => (
              <ReferenceCard key={item.id} item={item} kept={choices.get(item.id) === 'kept'} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
