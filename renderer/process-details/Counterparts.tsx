import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import { crosswalkFor } from '../framework/crosswalk';

const SHOWN = 30;

/** The process's counterpart in the other scheme, through TM Forum's lineage data. */
export function Counterparts({
  catalogue,
  process,
}: {
  catalogue: FrameworkCatalogue;
  process: FrameworkProcess;
}) {
  const link = crosswalkFor(catalogue);
  if (!link) return null;
  if (link.fromClassic) {
    // Where nothing names this process itself, what descends from the processes below it.
    const direct = link.crosswalk.currentFor(process.id);
    const current =
      direct.length > 0 ? direct : link.crosswalk.currentFor(process.id, { deep: true });
    const deleted = process.deletedSuccessorIds ?? [];
    return (
      <div className="details-counterpart">
        <h3>Current processes (GB921 v25.5)</h3>
        {direct.length === 0 && current.length > 0 && (
          <p className="muted">Through the processes below it:</p>
        )}
        {current.length === 0 && deleted.length === 0 && (
          <p className="muted">No current process descends from it.</p>
        )}
        {deleted.length > 0 && (
          <p className="muted">{`Listed only on v25.5’s “eTOM Deleted” sheet: ${deleted.join(', ')}`}</p>
        )}
        {current.length > 0 && (
          <ul aria-label="Current counterparts">
            {current.slice(0, SHOWN).map((p) => (
              <li key={p.id}>
                <code>{p.id}</code> {p.name}
              </li>
            ))}
            {current.length > SHOWN && (
              <li className="muted">{`… ${current.length - SHOWN} more`}</li>
            )}
          </ul>
        )}
      </div>
    );
  }
  const origin = link.crosswalk.classicFor(process.id);
  return (
    <div className="details-counterpart">
      <h3>Classic counterpart</h3>
      {origin === undefined ? (
        <p className="muted">New since 2016: no classic identifier.</p>
      ) : (
        <p aria-label="Classic counterpart">
          <code>{origin.classicId}</code> {origin.process && origin.exact && origin.process.name}
          {origin.process && !origin.exact && (
            <span className="muted">{`(below classic ${origin.process.id} ${origin.process.name})`}</span>
          )}
        </p>
      )}
    </div>
  );
}
