import { useLayoutEffect, useState, type RefObject } from 'react';
import { ZOOM_STEP, clampZoom, fitZoom } from './map-zoom';

export interface MapZoom {
  zoom: number;
  /** True while the zoom follows the width of the view. */
  fitting: boolean;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * The map's zoom: it fits the view's width (following resizes) until the user zooms in or out,
 * and "Fit width" goes back to that.
 */
export function useMapZoom(view: RefObject<HTMLElement | null>, columns: number): MapZoom {
  const [fitting, setFitting] = useState(true);
  const [zoom, setZoom] = useState(1);

  useLayoutEffect(() => {
    const element = view.current;
    if (!fitting || !element || columns === 0) return;
    const style = getComputedStyle(element);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const update = () => setZoom(fitZoom(columns, element.clientWidth - padding));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [view, columns, fitting]);

  return {
    zoom,
    fitting,
    zoomIn: () => {
      setFitting(false);
      setZoom((z) => clampZoom(z + ZOOM_STEP));
    },
    zoomOut: () => {
      setFitting(false);
      setZoom((z) => clampZoom(z - ZOOM_STEP));
    },
    fit: () => setFitting(true),
  };
}
