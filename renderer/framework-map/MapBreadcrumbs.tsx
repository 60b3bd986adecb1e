import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { useLibrary } from '../framework/library-store';

interface Props {
  catalogue: FrameworkCatalogue;
  focus: FrameworkProcess | undefined;
}

/** Drills the map into a process (null: back to the overview). */
export function drillTo(id: FrameworkProcessId | null): void {
  useLibrary.setState({ mapFocus: id });
}

/** The way back up from a drilled-in process: map, then each ancestor. */
export function MapBreadcrumbs({ catalogue, focus }: Props) {
  const trail = focus ? catalogue.ancestors(focus.id) : [];
  return (
    <nav aria-label="Breadcrumbs" className="map-breadcrumbs">
      <ol>
        <li>
          {focus ? (
            <button type="button" className="link-button" onClick={() => drillTo(null)}>
              Framework map
            </button>
          ) : (
            <span aria-current="page">Framework map</span>
          )}
        </li>
        {trail.map((p) => (
          <li key={p.id}>
            <button type="button" className="link-button" onClick={() => drillTo(p.id)}>
              {`${p.id} ${p.name}`}
            </button>
          </li>
        ))}
        {focus && (
          <li>
            <span aria-current="page">{`${focus.id} ${focus.name}`}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}
