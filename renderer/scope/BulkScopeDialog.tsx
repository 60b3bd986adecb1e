import { useState } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { ScopeReview, ScopeStatus } from '../../shared/model/scope-schema';
import { Dialog } from '../dialogs/Dialog';
import {
  REVIEW_CHOICES,
  SCOPE_REVIEW_LABEL,
  SCOPE_STATUS_LABEL,
  STATUS_CHOICES,
} from './scope-labels';
import { scopeTarget, setScope } from './scope-edits';
import { scopeDomains } from './scope-rows';

interface Props {
  catalogue: FrameworkCatalogue;
  onClose: () => void;
}

const KEEP = '';

/**
 * "Set scope of domains": every L2 of the chosen domains (all by default) gets the chosen
 * status (and review and reason, where given), in one undo step. The usual start of an
 * alignment: everything in scope, then the exceptions by hand.
 */
export function BulkScopeDialog({ catalogue, onClose }: Props) {
  const domains = scopeDomains(catalogue);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(domains.map((d) => d.id)),
  );
  const [status, setStatus] = useState<ScopeStatus>('in');
  const [review, setReview] = useState<ScopeReview | typeof KEEP>(KEEP);
  const [reason, setReason] = useState('');
  const targets = domains
    .filter((d) => chosen.has(d.id))
    .flatMap((d) => catalogue.children(d.id).map((child) => scopeTarget(catalogue, child.id)));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const apply = () => {
    const done = setScope(targets, {
      status,
      ...(review === KEEP ? {} : { review }),
      ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
    });
    if (done) onClose();
  };
  return (
    <Dialog title="Set scope of domains" onCancel={onClose} wide>
      <form
        className="bulk-scope"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <fieldset>
          <legend>Every L2 process of these domains</legend>
          <div className="bulk-scope-domains">
            {domains.map((domain) => (
              <label key={domain.id}>
                <input
                  type="checkbox"
                  checked={chosen.has(domain.id)}
                  onChange={(event) => toggle(domain.id, event.target.checked)}
                />
                {`${domain.id} ${domain.name} (${catalogue.children(domain.id).length})`}
              </label>
            ))}
          </div>
          <div className="bulk-scope-all">
            <button
              type="button"
              className="small"
              onClick={() => setChosen(new Set(domains.map((d) => d.id)))}
            >
              All
            </button>
            <button type="button" className="small" onClick={() => setChosen(new Set())}>
              None
            </button>
          </div>
        </fieldset>
        <div className="scope-editor-grid">
          <label htmlFor="bulk-scope-status">Status</label>
          <select
            id="bulk-scope-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as ScopeStatus)}
          >
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {SCOPE_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <label htmlFor="bulk-scope-review">Review</label>
          <select
            id="bulk-scope-review"
            value={review}
            onChange={(event) => setReview(event.target.value as ScopeReview | typeof KEEP)}
          >
            <option value={KEEP}>Keep each one’s</option>
            {REVIEW_CHOICES.map((r) => (
              <option key={r} value={r}>
                {SCOPE_REVIEW_LABEL[r]}
              </option>
            ))}
          </select>
          <label htmlFor="bulk-scope-reason">Reason</label>
          <input
            id="bulk-scope-reason"
            type="text"
            maxLength={4000}
            value={reason}
            placeholder="Keep each one’s"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <p className="muted">
          {`${targets.length} L2 processes; their L3s and below inherit unless they have a decision of their own. One undo step.`}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={targets.length === 0}>
            {`Set ${targets.length} processes`}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
