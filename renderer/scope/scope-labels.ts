import {
  SCOPE_REVIEWS,
  SCOPE_STATUSES,
  type ScopeReview,
  type ScopeStatus,
} from '../../shared/model/scope-schema';
import type { EffectiveScope } from '../../shared/coverage/coverage-types';

/** How each scope status reads in the editor. */
export const SCOPE_STATUS_LABEL: Readonly<Record<ScopeStatus, string>> = {
  in: 'In scope',
  adjacent: 'Adjacent',
  out: 'Out of scope',
  tbd: 'To be decided',
};

/** How each review status reads in the editor. */
export const SCOPE_REVIEW_LABEL: Readonly<Record<ScopeReview, string>> = {
  unreviewed: 'Unreviewed',
  'under-review': 'Under review',
  agreed: 'Agreed',
};

/** A process's effective scope in words ("no decision" when nothing above it decides). */
export function effectiveScopeLabel(scope: EffectiveScope): string {
  return scope === 'unset' ? 'No decision' : SCOPE_STATUS_LABEL[scope];
}

/** The statuses in the order the editor offers them. */
export const STATUS_CHOICES = SCOPE_STATUSES;
export const REVIEW_CHOICES = SCOPE_REVIEWS;

/**
 * What a click in the map's scope mode makes of a process's own decision: no decision, then
 * in, adjacent, out, to be decided, and back to no decision.
 */
export function nextStatus(current: ScopeStatus | undefined): ScopeStatus | null {
  if (current === undefined) return 'in';
  const index = SCOPE_STATUSES.indexOf(current);
  return SCOPE_STATUSES[index + 1] ?? null;
}
