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
    const current = link.crosswalk.currentFor(process.id);
    return (
      <div className="details-counterpart">
        <h3>Current processes (GB921 v25.5)</h3>
        {current.length === 0 ? (
          <p className="muted">None descends from it directly.</p>
        ) : (
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
