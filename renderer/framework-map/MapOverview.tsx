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
export function MapOverview({ grid, catalogue, zoom }: Props) {
  usePaintMark('etom:map-first-paint', true, catalogue.pack.id);
  const pack = catalogue.pack.id;
  return (
    <div className="map-overview" style={{ zoom }}>
      <div
        className="map-grid"
        role="group"
        aria-label={`Level 0 and level 1 map, ${catalogue.pack.label}`}
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
            style={place(row)}
            drill
          />
        ))}
        {grid.items.map((item) => (
          <MapProcessButton
            key={`${item.id}@${item.colStart}`}
            pack={pack}
            id={item.id}
            name={item.name}
            className={`map-l2 band-${item.band % 8}${item.wide ? ' wide' : ''}`}
            style={place(item)}
            drill
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
