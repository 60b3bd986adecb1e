import { MAX_ZOOM, MIN_ZOOM } from './map-zoom';
import type { MapZoom } from './useMapZoom';

/** Zoom out / zoom level / zoom in / fit width, for the map toolbar. */
export function MapZoomControls({ zoom }: { zoom: MapZoom }) {
  return (
    <span className="map-zoom" role="group" aria-label="Map zoom">
      <button
        type="button"
        className="small"
        aria-label="Zoom out"
        disabled={zoom.zoom <= MIN_ZOOM}
        onClick={zoom.zoomOut}
      >
        −
      </button>
      <output className="map-zoom-level" aria-label="Zoom level">
        {Math.round(zoom.zoom * 100)}%
      </output>
      <button
        type="button"
        className="small"
        aria-label="Zoom in"
        disabled={zoom.zoom >= MAX_ZOOM}
        onClick={zoom.zoomIn}
      >
        +
      </button>
      <button type="button" className="small" aria-pressed={zoom.fitting} onClick={zoom.fit}>
        Fit width
      </button>
    </span>
  );
}
