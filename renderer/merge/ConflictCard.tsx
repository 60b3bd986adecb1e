import type { RecordConflictItem } from '../../shared/merge/conflict-resolution';
import { CONFLICT_KIND_WORDS, goneWords, valueWords } from '../../shared/merge/value-words';
import { keepAsItIs, takeSide } from './merge-actions';

function stateWords(item: RecordConflictItem, choice: string | undefined): string {
  if (item.state === 'resolved') {
    return choice === 'kept' ? 'Resolved: kept as it is' : `Resolved: ${choice ?? ''}`;
  }
  if (item.state === 'stale') {
    return 'Changed since the merge: the workspace holds neither side, so nothing is applied';
  }
  return 'Unresolved: the workspace holds ours';
}

/** One conflict of a record: where, what each side has, and the choices. */
export function ConflictCard({ item, choice }: { item: RecordConflictItem; choice?: string }) {
  const title = item.field ? `${item.element}, ${item.field}` : item.element;
  return (
    <li className={`merge-card merge-${item.state}`} aria-label={title}>
      <div className="merge-card-head">
        <strong>{item.element}</strong>
        {item.field && <code className="merge-field">{item.field}</code>}
        <span className="merge-kind">{CONFLICT_KIND_WORDS[item.kind]}</span>
      </div>
      {item.kind !== 'dangling-reference' && (
        <dl className="merge-sides">
          <dt>Base</dt>
          <dd>{valueWords(item.base)}</dd>
          <dt>Ours</dt>
          <dd>{valueWords(item.ours, goneWords(item.kind, 'ours'))}</dd>
          <dt>Theirs</dt>
          <dd>{valueWords(item.theirs, goneWords(item.kind, 'theirs'))}</dd>
        </dl>
      )}
      <p className="merge-message">{item.message}</p>
      <div className="merge-card-foot">
        <span className="merge-state" role="status">
          {stateWords(item, choice)}
        </span>
        {item.state !== 'resolved' && item.choices.includes('ours') && (
          <button type="button" onClick={() => takeSide([item], 'ours')}>
            Take ours
          </button>
        )}
        {item.state !== 'resolved' && item.choices.includes('theirs') && (
          <button type="button" onClick={() => takeSide([item], 'theirs')}>
            Take theirs
          </button>
        )}
        {item.state !== 'resolved' && item.choices.includes('kept') && (
          <button type="button" onClick={() => keepAsItIs([item.id])}>
            Keep as it is
          </button>
        )}
      </div>
    </li>
  );
}
