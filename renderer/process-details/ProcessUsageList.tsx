import { showDiagram } from '../workspace/diagram-actions';
import type { ProcessUsage } from './usage';

/** Where the process is used: diagrams (click to open) and mappings. */
export function ProcessUsageList({ usage }: { usage: ProcessUsage }) {
  return (
    <div className="details-usage">
      <h3>Used in</h3>
      {usage.diagrams.length === 0 && usage.mappings.length === 0 && (
        <p className="muted">Not used in this workspace yet.</p>
      )}
      {usage.diagrams.length > 0 && (
        <ul aria-label="Diagrams using it">
          {usage.diagrams.map((d) => (
            <li key={d.id}>
              <button type="button" className="link-button" onClick={() => showDiagram(d.id)}>
                {d.name}
              </button>
              {d.nodes > 1 && <span className="muted">{` (${d.nodes} nodes)`}</span>}
            </li>
          ))}
        </ul>
      )}
      {usage.mappings.length > 0 && (
        <ul aria-label="Mappings to it">
          {usage.mappings.map((m) => (
            <li key={m.id}>
              {m.processName} <span className="muted">{`(${m.alignment})`}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
