import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import { ConfidenceBadge } from '../library/ConfidenceBadge';
import { MapProcessButton } from './MapProcessButton';

interface Props {
  catalogue: FrameworkCatalogue;
  focus: FrameworkProcess;
}

/** A process drilled into: its children as cards, each with its own children listed. */
export function MapDrill({ catalogue, focus }: Props) {
  const children = catalogue.children(focus.id);
  const pack = catalogue.pack.id;
  return (
    <div className={`map-drill level-${Math.min(focus.level, 7)}`}>
      <h2 className="map-drill-title">
        <code>{focus.id}</code> {focus.name}
        <span className="map-drill-level">{`Level ${focus.level}`}</span>
      </h2>
      {children.length === 0 ? (
        <p className="muted">No processes below this one.</p>
      ) : (
        <ul className="map-drill-cards" aria-label={`Processes in ${focus.id} ${focus.name}`}>
          {children.map((child) => (
            <DrillCard key={child.id} catalogue={catalogue} process={child} pack={pack} />
          ))}
        </ul>
      )}
    </div>
  );
}

function DrillCard({
  catalogue,
  process,
  pack,
}: {
  catalogue: FrameworkCatalogue;
  process: FrameworkProcess;
  pack: string;
}) {
  const below = catalogue.children(process.id);
  return (
    <li className={`map-card level-${Math.min(process.level, 7)}`}>
      <MapProcessButton
        pack={pack}
        id={process.id}
        name={process.name}
        className="map-card-head"
        drill={below.length > 0}
      >
        {process.confidence && <ConfidenceBadge confidence={process.confidence} compact />}
      </MapProcessButton>
      {below.length > 0 && (
        <ul className="map-card-children" aria-label={`Below ${process.id}`}>
          {below.map((child) => (
            <li key={child.id}>
              <MapProcessButton
                pack={pack}
                id={child.id}
                name={child.name}
                className="map-card-child"
                drill={catalogue.children(child.id).length > 0}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
