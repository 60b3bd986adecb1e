import type { FrameworkCatalogue } from './catalogue';
import { getMapLayout, type MapLayout } from './map-layout';
import { DEFAULT_PACK_ID } from './registry';

/** The horizontal grouping a framework process belongs to, as the framework map colours it. */
export interface DomainBand {
  /** The map's colour class: `band-<row index mod 8>`, or `band-enterprise`. */
  className: string;
  /** The L1 heading the row (current: a domain; classic: a horizontal grouping). */
  rowId: string;
  /** Its name in the pack, for the legend. */
  label: string;
  /** Where the legend lists it: the map's row order, Enterprise last. */
  order: number;
}

/** The map layout a pack's processes are coloured by; a user pack is a GB921 import. */
function layoutFor(catalogue: FrameworkCatalogue): MapLayout | undefined {
  return (
    getMapLayout(catalogue.pack.id) ??
    (catalogue.pack.reconstructed ? undefined : getMapLayout(DEFAULT_PACK_ID))
  );
}

/**
 * The band of `processId` on the framework map: the row of the nearest of it and its ancestors
 * that heads one, so a node has the colour of its domain (current) or horizontal grouping
 * (classic) on the map. Null for processes above the rows (classic level 0) or unknown.
 */
export function domainBandOf(catalogue: FrameworkCatalogue, processId: string): DomainBand | null {
  const layout = layoutFor(catalogue);
  const process = catalogue.byId(processId);
  if (!layout || !process) return null;
  const chain = [process, ...catalogue.ancestors(processId).reverse()];
  for (const step of chain) {
    const row = layout.rows.findIndex((r) => r.processId === step.id);
    if (row >= 0) {
      return { className: `band-${row % 8}`, rowId: step.id, label: step.name, order: row };
    }
    if (layout.enterprise.processIds.includes(step.id)) {
      // The Enterprise band is one colour: the legend names its area (classic) or its L1.
      const area = layout.areas.find((a) => a.key === layout.enterprise.area);
      return {
        className: 'band-enterprise',
        rowId: 'enterprise',
        label: area?.label ?? step.name,
        order: layout.rows.length,
      };
    }
  }
  return null;
}
