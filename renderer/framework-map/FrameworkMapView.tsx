import { useMemo, useRef } from 'react';
import { useLibrary } from '../framework/library-store';
import { buildMapGrid } from '../../shared/render/map-grid';
import { ExportMapButton } from './ExportMapButton';
import { MapBreadcrumbs } from './MapBreadcrumbs';
import { MapDrill } from './MapDrill';
import { MapOverview } from './MapOverview';
import { MapZoomControls } from './MapZoomControls';
import { MAP_SCHEMES, useMapSource } from './useMapCatalogue';
import { useMapZoom } from './useMapZoom';
import './framework-map.css';

/** The "Framework map" tab: the level-0/level-1 map of a scheme, and drill-down below it. */
export function FrameworkMapView() {
  const { scheme, layout, catalogue } = useMapSource();
  const focusId = useLibrary((s) => s.mapFocus);
  const focus = focusId ? catalogue?.byId(focusId) : undefined;
  const grid = useMemo(
    () => (layout && catalogue ? buildMapGrid(layout, catalogue) : null),
    [layout, catalogue],
  );
  const scroll = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(scroll, focus ? 0 : (grid?.columnKinds.length ?? 0));
  return (
    <div className="framework-map-view">
      <div className="map-toolbar" role="toolbar" aria-label="Framework map">
        <label htmlFor="map-scheme">Scheme</label>
        <select
          id="map-scheme"
          value={scheme}
          onChange={(event) =>
            useLibrary.setState({ mapScheme: event.target.value, mapFocus: null })
          }
        >
          {MAP_SCHEMES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="button" className="small" onClick={() => window.print()}>
          Print
        </button>
        {layout && <ExportMapButton scheme={scheme} catalogue={catalogue} />}
        {grid && !focus && <MapZoomControls zoom={zoom} />}
        <span className="muted map-hint">Click a process to open it; drag it onto a diagram.</span>
      </div>
      {catalogue && <MapBreadcrumbs catalogue={catalogue} focus={focus} />}
      <div className="map-scroll" ref={scroll}>
        {!catalogue || !grid ? (
          <p className="muted">This scheme has no map.</p>
        ) : focus ? (
          <MapDrill catalogue={catalogue} focus={focus} />
        ) : (
          <MapOverview grid={grid} catalogue={catalogue} zoom={zoom.zoom} />
        )}
      </div>
    </div>
  );
}
