import { showDiagram } from '../workspace/diagram-actions';
import type { DiagramId } from '../../shared/model/ids';

/** "Used in": the diagrams that show the element; click one to open it. */
export function UsedIn({
  diagrams,
}: {
  diagrams: Array<{ id: DiagramId; name: string; nodes: number }>;
}) {
  return (
    <div className="prop-section">
      <h3>Used in</h3>
      <ul aria-label="Used in diagrams" className="prop-used-in">
        {diagrams.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => showDiagram(d.id)}>
              {d.name}
            </button>
            {d.nodes > 1 && <span className="muted">{` (${d.nodes} nodes)`}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
