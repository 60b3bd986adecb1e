import type { ScopeStatus } from '../../shared/model/scope-schema';
import { SCOPE_STATUS_LABEL } from './scope-labels';
import './scope.css';

const SHORT: Readonly<Record<ScopeStatus, string>> = {
  in: 'In',
  adjacent: 'Adj',
  out: 'Out',
  tbd: 'TBD',
};

/** A process's own scope decision, in short, beside its name (the library tree). */
export function ScopeBadge({ status }: { status: ScopeStatus }) {
  return (
    <span className={`scope-badge scope-${status}`} title={SCOPE_STATUS_LABEL[status]}>
      {SHORT[status]}
    </span>
  );
}
