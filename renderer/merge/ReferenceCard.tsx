import type { DanglingReference, ReferenceFix } from '../../shared/merge/cross-references';
import { fixReference } from './merge-actions';

const FIX_LABELS: Record<ReferenceFix, string> = {
  'restore-process': 'Restore the process',
  'delete-mapping': 'Delete the mapping',
  'delete-node': 'Delete the node',
  kept: 'Keep, marked missing',
};

/** A reference across files to an element that is gone, and what can be done about it. */
export function ReferenceCard({ item, kept }: { item: DanglingReference; kept: boolean }) {
  return (
    <li
      className={`merge-card ${kept ? 'merge-resolved' : 'merge-open'}`}
      aria-label={item.element}
    >
      <div className="merge-card-head">
        <strong>{item.element}</strong>
        <span className="merge-kind">Reference to a deleted element</span>
      </div>
      <p className="merge-message">
        {item.file}: {item.message}
      </p>
      <div className="merge-card-foot">
        <span className="merge-state" role="status">
          {kept ? 'Resolved: kept, marked missing' : 'Unresolved'}
        </span>
        {!kept &&
          item.fixes.map((fix) => (
            <button key={fix} type="button" onClick={() => fixReference(item, fix)}>
              {FIX_LABELS[fix]}
            </button>
          ))}
      </div>
    </li>
  );
}
