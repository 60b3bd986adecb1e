import { useMemo, useRef, useState } from 'react';
import { coverageChanges, type CoverageMove } from '../../shared/diff/coverage-change';
import { getMapLayout } from '../../shared/etom/map-layout';
import type { WorkspaceDocument } from '../../shared/model/document';
import { buildMapGrid, type MapGrid } from '../../shared/render/map-grid';
import { MapOverview, type MapMode } from '../framework-map/MapOverview';
import { MapZoomControls } from '../framework-map/MapZoomControls';
import { useMapZoom } from '../framework-map/useMapZoom';
import { changeCellLook, MOVE_LOOK } from './compare-map-look';
import { CompareMapDetails } from './CompareMapDetails';
import { useSidesCoverage } from './useSidesCoverage';
import '../framework-map/framework-map.css';
import '../heat-map/heat-map.css';

/** The processes a map draws: its L1 rows, its L2 cells and the enterprise boxes. */
const idsOn = (grid: MapGrid): string[] => [
  ...grid.rowHeaders.map((row) => row.key),
  ...grid.items.map((item) => item.id),
  ...grid.enterprise.boxes.flatMap((box) => [box.id, ...box.children.map((c) => c.id)]),
];

/**
 * The compare tab's heat map: the framework map where each process whose coverage changed
 * between the two sides is marked (better green, worse red, scope changed amber), the others
 * flat; a click opens its figures before and now. A picture: nothing on it edits anything.
 */
export function CompareMap(props: { then: WorkspaceDocument; now: WorkspaceDocument }) {
  const sides = useSidesCoverage(props.then, props.now);
  const [open, setOpen] = useState<string | null>(null);
  const catalogue = sides?.catalogue;
  const layout = catalogue ? getMapLayout(catalogue.pack.id) : undefined;
  const grid = useMemo(
    () => (layout && catalogue ? buildMapGrid(layout, catalogue) : null),
    [layout, catalogue],
  );
  const scroll = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(scroll, grid?.columnKinds.length ?? 0);
  const changes = useMemo(
    () => (sides ? coverageChanges(sides.before, sides.after) : null),
    [sides],
  );
  const mode = useMemo<MapMode | undefined>(
    () =>
      changes && catalogue
        ? {
            look: (id) =>
              changeCellLook(changes.get(id), `${id} ${catalogue.byId(id)?.name ?? ''}`),
            onOpen: setOpen,
            readOnly: true,
          }
        : undefined,
    [changes, catalogue],
  );
  const counts = useMemo(() => {
    const on: Record<CoverageMove, number> = { better: 0, worse: 0, scope: 0 };
    for (const id of new Set(grid ? idsOn(grid) : [])) {
      const move = changes?.get(id)?.move;
      if (move) on[move] += 1;
    }
    return on;
  }, [grid, changes]);
  if (!sides || !changes) return <p className="compare-empty muted">Loading the framework…</p>;
  return (
    <div className="heat-map-view compare-map">
      <div className="map-toolbar heat-toolbar" role="toolbar" aria-label="Compared coverage map">
        <span className="heat-tools">{grid && <MapZoomControls zoom={zoom} />}</span>
        <ul className="heat-legend" aria-label="Legend">
          {(['better', 'worse', 'scope'] as const).map((move) => (
            <li key={move}>
              <span
                className="heat-swatch"
                style={{ background: MOVE_LOOK[move].fill, borderColor: MOVE_LOOK[move].stroke }}
              />
              {MOVE_LOOK[move].sign} {MOVE_LOOK[move].word} ({counts[move]})
            </li>
          ))}
          <li>
            <span className="heat-swatch" style={{ background: 'var(--surface-2)' }} />
            unchanged
          </li>
        </ul>
        <span className="muted map-hint">
          Each marked cell says its coverage before → now. Click one for its figures.
        </span>
      </div>
      <div className="heat-body">
        <div className="map-scroll" ref={scroll}>
          {grid && mode ? (
            <MapOverview grid={grid} catalogue={sides.catalogue} zoom={zoom.zoom} mode={mode} />
          ) : (
            <p className="muted">This pack has no map.</p>
          )}
        </div>
        {open !== null && (
          <CompareMapDetails sides={sides} changes={changes} id={open} onOpen={setOpen} />
        )}
      </div>
    </div>
  );
}
