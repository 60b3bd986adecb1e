import { SCOPE_SWATCHES } from '../../shared/coverage/scope-palette';
import { SCOPE_STATUSES } from '../../shared/model/scope-schema';
import { SCOPE_STATUS_LABEL } from '../scope/scope-labels';

/** The scope mode's key: each status solid (its own decision) and pale (inherited). */
export function ScopeLegend() {
  return (
    <ul className="heat-legend" aria-label="Scope legend">
      {SCOPE_STATUSES.map((status) => (
        <li key={status}>
          <span className="heat-swatch" style={{ background: SCOPE_SWATCHES[status].own.fill }} />
          <span
            className="heat-swatch heat-swatch-inherited"
            style={{ background: SCOPE_SWATCHES[status].inherited.fill }}
          />
          {SCOPE_STATUS_LABEL[status]}
        </li>
      ))}
      <li className="muted">pale, dashed: inherited</li>
    </ul>
  );
}
