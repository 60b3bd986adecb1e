import { useMemo, useRef, useState } from 'react';
import { getMapLayout } from '../../shared/etom/map-layout';
import { buildMapGrid } from '../../shared/render/map-grid';
import { useCoverage } from '../coverage/useCoverage';
import { ExportMapButton } from '../framework-map/ExportMapButton';
import { MapOverview, type MapMode } from '../framework-map/MapOverview';
import { useMapZoom } from '../framework-map/useMapZoom';
import { MapZoomControls } from '../framework-map/MapZoomControls';
import { usePaintMark } from '../framework/usePaintMark';
import { HeatDetails } from './HeatDetails';
import { HeatLegend } from './HeatLegend';
import { heatCellLook } from './heat-cell-style';
import { paintScope, type ScopeBrush } from './scope-brush';
import { scopeCellLook } from './scope-cell-style';
import { ScopeLegend } from './ScopeLegend';
import { SCOPE_STATUS_LABEL, STATUS_CHOICES } from '../scope/scope-labels';
import { useStudio } from '../state/studio-store';
import '../framework-map/framework-map.css';
import './heat-map.css';
import { openDataExport } from '../reports/data-export-store';

/**
 * The "Coverage heat map" tab: the workspace pack's map with every process coloured by its
 * coverage and captioned `n/m %`; a click opens the process beside the map, with the
 * company processes behind it and its children to drill into. In scope mode the cells show
 * each process's scope instead, and a click sets it (cycling, or the status chosen), one
 * undo step per click; the panel beside then edits its review and reason.
 */
export function HeatMapView() {
  const view = useCoverage();
  const [open, setOpen] = useState<string | null>(null);
  const [scopeMode, setScopeMode] = useState(false);
  const [brush, setBrush] = useState<ScopeBrush>('cycle');
  const readOnly = useStudio((s) => s.workspace?.readOnly != null);
  const layout = view ? getMapLayout(view.catalogue.pack.id) : undefined;
  const grid = useMemo(
    () => (layout && view ? buildMapGrid(layout, view.catalogue) : null),
    [layout, view?.catalogue], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const scroll = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(scroll, grid?.columnKinds.length ?? 0);
  usePaintMark('etom:heatmap-paint', view !== null);
  const mode = useMemo<MapMode | undefined>(() => {
    if (!view) return undefined;
    if (!scopeMode) {
      return { look: (id) => heatCellLook(view.coverage, id), onOpen: (id) => setOpen(id) };
    }
    return {
      look: (id) => scopeCellLook(view.coverage, id),
      onOpen: (id) => {
        if (!readOnly) paintScope(view.catalogue, id, brush);
        setOpen(id);
      },
    };
  }, [view, scopeMode, brush, readOnly]);
  if (view === null)
    return <p className="muted heat-empty">Open a workspace to see its coverage.</p>;
  return (
    <div className="heat-map-view">
      <div className="map-toolbar heat-toolbar" role="toolbar" aria-label="Coverage heat map">
        {/* The tools first; the key and the hint wrap onto a second row in a narrow panel. */}
        <span className="heat-tools">
          <button type="button" onClick={() => openDataExport('coverage')}>
            Export…
          </button>
          <button type="button" onClick={() => openDataExport('report')}>
            Report…
          </button>
          {grid && (
            <ExportMapButton
              scheme={view.catalogue.pack.id}
              catalogue={view.catalogue}
              coverage={view.coverage}
            />
          )}
          <button
            type="button"
            className="small"
            aria-pressed={scopeMode}
            onClick={() => setScopeMode(!scopeMode)}
          >
            Edit scope
          </button>
          {scopeMode && (
            <>
              <label htmlFor="scope-brush">Click sets</label>
              <select
                id="scope-brush"
                value={brush}
                disabled={readOnly}
                onChange={(event) => setBrush(event.target.value as ScopeBrush)}
              >
                <option value="cycle">the next status (cycle)</option>
                {STATUS_CHOICES.map((status) => (
                  <option key={status} value={status}>
                    {SCOPE_STATUS_LABEL[status]}
                  </option>
                ))}
                <option value="clear">No decision</option>
              </select>
            </>
          )}
          {grid && <MapZoomControls zoom={zoom} />}
        </span>
        {scopeMode ? <ScopeLegend /> : <HeatLegend />}
        <span className="muted map-hint">
          {scopeMode
            ? 'Click a process to set its scope; the panel edits its review and reason.'
            : 'Cells show Scope [n/m] and the weighted %. Click one for what maps to it.'}
        </span>
      </div>
      <div className="heat-body">
        <div className="map-scroll" ref={scroll}>
          {grid && mode ? (
            <MapOverview grid={grid} catalogue={view.catalogue} zoom={zoom.zoom} mode={mode} />
          ) : (
            <p className="muted">This pack has no map.</p>
          )}
        </div>
        {open !== null && (
          <HeatDetails
            catalogue={view.catalogue}
            coverage={view.coverage}
            id={open}
            onOpen={setOpen}
            editScope={scopeMode}
          />
        )}
      </div>
    </div>
  );
}
