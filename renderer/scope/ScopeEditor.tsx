import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { targetKey } from '../../shared/model/framework-ref';
import type { ScopeReview, ScopeStatus } from '../../shared/model/scope-schema';
import { useStudio } from '../state/studio-store';
import { ReasonField } from './ReasonField';
import {
  REVIEW_CHOICES,
  SCOPE_REVIEW_LABEL,
  SCOPE_STATUS_LABEL,
  STATUS_CHOICES,
} from './scope-labels';
import { clearScope, scopeTarget, setScope } from './scope-edits';
import { useScopeEntries } from './useScopeEntries';
import './scope.css';

interface Props {
  catalogue: FrameworkCatalogue;
  id: string;
}

const NO_DECISION = '';

/**
 * The scope decision of one framework process (details panel, heat map): status, review and
 * reason, each change one undo step. Without a decision of its own it shows what it inherits.
 */
export function ScopeEditor({ catalogue, id }: Props) {
  const entries = useScopeEntries();
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const pack = catalogue.pack.id;
  const own = entries.get(targetKey({ pack, id }));
  const target = scopeTarget(catalogue, id);
  const from = own
    ? undefined
    : [...catalogue.ancestors(id)]
        .reverse()
        .map((a) => ({ process: a, entry: entries.get(targetKey({ pack, id: a.id })) }))
        .find((a) => a.entry !== undefined);
  return (
    <section className="scope-editor" aria-label={`Scope of ${id}`}>
      <h3>Scope</h3>
      <div className="scope-editor-grid">
        <label htmlFor={`scope-status-${id}`}>Status</label>
        <select
          id={`scope-status-${id}`}
          value={own?.status ?? NO_DECISION}
          disabled={readOnly}
          onChange={(event) => {
            const value = event.target.value;
            if (value === NO_DECISION) clearScope([target]);
            else setScope([target], { status: value as ScopeStatus });
          }}
        >
          <option value={NO_DECISION}>No decision (inherits)</option>
          {STATUS_CHOICES.map((status) => (
            <option key={status} value={status}>
              {SCOPE_STATUS_LABEL[status]}
            </option>
          ))}
        </select>
        <label htmlFor={`scope-review-${id}`}>Review</label>
        <select
          id={`scope-review-${id}`}
          value={own?.review ?? 'unreviewed'}
          disabled={readOnly || own === undefined}
          onChange={(event) => setScope([target], { review: event.target.value as ScopeReview })}
        >
          {REVIEW_CHOICES.map((review) => (
            <option key={review} value={review}>
              {SCOPE_REVIEW_LABEL[review]}
            </option>
          ))}
        </select>
        <label htmlFor={`scope-reason-${id}`}>Reason</label>
        <ReasonField
          key={id}
          id={`scope-reason-${id}`}
          label="Reason"
          value={own?.reason ?? ''}
          disabled={readOnly || own === undefined}
          onCommit={(reason) => setScope([target], { reason })}
        />
      </div>
      {own === undefined && (
        <p className="muted scope-inherited">
          {from?.entry
            ? `Inherits “${SCOPE_STATUS_LABEL[from.entry.status]}” from ${from.process.id} ${from.process.name}.`
            : 'No decision here or above it.'}
        </p>
      )}
      {own?.updatedAt && (
        <p className="muted scope-stamp">
          {`Last set ${own.updatedAt.slice(0, 16).replace('T', ' ')}${own.updatedBy ? ` by ${own.updatedBy}` : ''}.`}
        </p>
      )}
    </section>
  );
}
