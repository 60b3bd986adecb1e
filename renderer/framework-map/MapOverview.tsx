import type { CSSProperties } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { usePaintMark } from '../framework/usePaintMark';
import { MapProcessButton } from './MapProcessButton';
import type { GridBox, MapGrid } from '../../shared/render/map-grid';
import { MIN_MAP_COLUMN_PX } from './map-zoom';

interface Props {
  grid: MapGrid;
  catalogue: FrameworkCatalogue;
  /** CSS zoom of the whole map (1 = full size); see useMapZoom. */
  zoom: number;
  /** A mode of the map (the heat map): per process, colours and a caption; and what a click does. */
  mode?: MapMode;
}

/** What a mode of the map changes: each process's look, and the click. */
export interface MapMode {
  look: (
    id: string,
  ) => { style?: CSSProperties | undefined; caption?: string; title?: string } | undefined;
  onOpen: (id: string) => void;
  /** A picture of another state (a compare): nothing dropped on it maps anything. */
  readOnly?: boolean;
}

// Columns never get narrower than the longest common word in a process name ("Management",
// "Infrastructure") needs; below that the map zooms out or scrolls instead of splitting words.
const columnWidth = (kind: 'header' | 'column') =>
  `minmax(${MIN_MAP_COLUMN_PX}px, ${kind === 'header' ? 0.9 : 1}fr)`;

const place = (box: GridBox) => ({
  gridRow: `${box.rowStart} / ${box.rowEnd}`,
  gridColumn: `${box.colStart} / ${box.colEnd}`,
});

/** The level-0/level-1 map: areas, vertical groupings, horizontal groupings and every L2. */
export function MapOverview({ grid, catalogue, zoom, mode }: Props) {
  usePaintMark('etom:map-first-paint', true, catalogue.pack.id);
  const pack = catalogue.pack.id;
  // In a mode each process gets its look and click; the plain map passes nothing extra.
  const extra = (id: string, style?: CSSProperties) => {
    if (mode === undefined) return { style };
    const look = mode.look(id);
    return {
      style: { ...style, ...look?.style },
      onOpen: mode.onOpen,
      title: look?.title,
      noDrop: mode.readOnly,
      children: look?.caption ? <span className="map-mode-caption">{look.caption}</span> : null,
    };
  };
  return (
    <div className="map-overview" style={{ zoom }}>
      <div
        className="map-grid"
        role="group"
        aria-label={`Level 0 and level 1 map with its level 2 processes, ${catalogue.pack.label}`}
        style={{ gridTemplateColumns: grid.columnKinds.map(columnWidth).join(' ') }}
      >
        {grid.areas.map((area) => (
          <div key={area.key} className={`map-area map-area-${area.key}`} style={place(area)}>
            {area.processId ? `${area.processId} ${area.label}` : area.label}
          </div>
        ))}
        {grid.columnHeaders.map((column) => (
          <div key={column.key} className="map-column-header" style={place(column)}>
            {column.label}
          </div>
        ))}
        {grid.rowHeaders.map((row) => (
          <MapProcessButton
            key={row.key}
            pack={pack}
            id={row.key}
            name={row.label}
            className={`map-row-header band-${row.band % 8}`}
            drill
            {...extra(row.key, place(row))}
          />
        ))}
        {grid.items.map((item) => (
          <MapProcessButton
            key={`${item.id}@${item.colStart}`}
            pack={pack}
            id={item.id}
            name={item.name}
            className={`map-l2 band-${item.band % 8}${item.wide ? ' wide' : ''}`}
            drill
            {...extra(item.id, place(item))}
          />
        ))}
      </div>
      <section className="map-enterprise" aria-label={grid.enterprise.label ?? 'Enterprise'}>
        {grid.enterprise.label && <h3 className="map-area map-area-em">{grid.enterprise.label}</h3>}
        <div className="map-enterprise-boxes">
          {grid.enterprise.boxes.map((box) => (
            <div key={box.id} className="map-enterprise-box">
              <MapProcessButton
                pack={pack}
                id={box.id}
                name={box.name}
                className="map-enterprise-title"
                drill
                {...extra(box.id)}
              />
              <div className="map-enterprise-children">
                {box.children.map((child) => (
                  <MapProcessButton
                    key={child.id}
                    pack={pack}
                    id={child.id}
                    name={child.name}
                    className="map-l2 band-enterprise"
                    drill
                    {...extra(child.id)}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
