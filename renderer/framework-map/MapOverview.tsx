import { useMemo } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { MapLayout } from '../../shared/etom/map-layout';
import { usePaintMark } from '../framework/usePaintMark';
import { MapProcessButton } from './MapProcessButton';
import { buildMapGrid, type GridBox } from '../../shared/render/map-grid';

interface Props {
  layout: MapLayout;
  catalogue: FrameworkCatalogue;
}

// Row headers take a little less room than the columns of processes.
const columnWidth = (kind: 'header' | 'column') =>
  kind === 'header' ? 'minmax(104px, 0.9fr)' : 'minmax(76px, 1fr)';

const place = (box: GridBox) => ({
  gridRow: `${box.rowStart} / ${box.rowEnd}`,
  gridColumn: `${box.colStart} / ${box.colEnd}`,
});

/** The level-0/level-1 map: areas, vertical groupings, horizontal groupings and every L2. */
export function MapOverview({ layout, catalogue }: Props) {
  const grid = useMemo(() => buildMapGrid(layout, catalogue), [layout, catalogue]);
  usePaintMark('etom:map-first-paint', true, catalogue.pack.id);
  const pack = catalogue.pack.id;
  return (
    <div className="map-overview">
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
