import type { FrameworkProcessId, PackId } from '../model/ids';

/**
 * Hand-written facts about the level-0/level-1 map of each scheme, from
 * `../shared/reference/etom/map-layout.md`: the order of areas, columns and rows. Which L2
 * sits in which cell is generated from `map-l2-cells.csv` into `packs/map-cells.json`.
 * Row and area names that the packs hold are not repeated here: rows are L1 ids.
 */

/** A level-0 area (Strategy-to-Readiness, Operations, ...). */
export interface MapAreaFact {
  key: string;
  /** Short label drawn on the map. */
  label: string;
  /** The classic areas are processes (1.1, 1.2, 1.3); the current ones carry no id. */
  processId: FrameworkProcessId | null;
}

/** A column: one vertical grouping, left to right. */
export interface MapColumnFact {
  /** The vertical group exactly as the pack's processes name it. */
  verticalGroup: string;
  /** The areas it belongs to (Operations Readiness & Support is shared in the current scheme). */
  areas: string[];
}

/** A row: one horizontal L1 grouping (domain), top to bottom. */
export interface MapRowFact {
  processId: FrameworkProcessId;
  /** The area the row belongs to; null where a row spans every area (current domains). */
  area: string | null;
  /**
   * Rows sharing a band are drawn side by side at the same height (classic: SIP rows on
   * the left, Operations rows on the right). Bands count from 0 at the top.
   */
  band: number;
}

export interface MapLayoutFacts {
  pack: PackId;
  areas: MapAreaFact[];
  columns: MapColumnFact[];
  rows: MapRowFact[];
  /** The band under the grid: L1 processes drawn as boxes, in this order, with no columns. */
  enterprise: { area: string | null; processIds: FrameworkProcessId[] };
}

const ids = (...list: string[]): FrameworkProcessId[] => list as FrameworkProcessId[];
const id = (text: string): FrameworkProcessId => text as FrameworkProcessId;

/** GB921 v25.5: two lifecycle areas, seven columns, seven domains and the Enterprise band. */
export const CURRENT_LAYOUT_FACTS: MapLayoutFacts = {
  pack: 'gb921-v25.5' as PackId,
  areas: [
    { key: 's2r', label: 'Strategy-to-Readiness', processId: null },
    { key: 'operations', label: 'Operations', processId: null },
  ],
  columns: [
    { verticalGroup: 'Strategy Management', areas: ['s2r'] },
    { verticalGroup: 'Capability Management', areas: ['s2r'] },
    { verticalGroup: 'Business Value Development', areas: ['s2r'] },
    { verticalGroup: 'Operations Readiness & Support', areas: ['s2r', 'operations'] },
    { verticalGroup: 'Fulfillment', areas: ['operations'] },
    { verticalGroup: 'Assurance', areas: ['operations'] },
    { verticalGroup: 'Billing', areas: ['operations'] },
  ],
  rows: ['1.1', '1.12', '1.2', '1.3', '1.4', '1.5', '1.6'].map((row, band) => ({
    processId: id(row),
    area: null,
    band,
  })),
  enterprise: { area: null, processIds: ids('1.7') },
};

/** Classic (v14): SIP left of Operations, four shared bands, Enterprise Management beneath. */
export const CLASSIC_LAYOUT_FACTS: MapLayoutFacts = {
  pack: 'classic-r14' as PackId,
  areas: [
    { key: 'sip', label: 'SIP', processId: id('1.2') },
    { key: 'operations', label: 'Operations', processId: id('1.1') },
    { key: 'em', label: 'Enterprise Management', processId: id('1.3') },
  ],
  columns: [
    { verticalGroup: 'Strategy & Commit', areas: ['sip'] },
    { verticalGroup: 'Infrastructure Lifecycle Management', areas: ['sip'] },
    { verticalGroup: 'Product Lifecycle Management', areas: ['sip'] },
    { verticalGroup: 'Operations Support & Readiness', areas: ['operations'] },
    { verticalGroup: 'Fulfillment', areas: ['operations'] },
    { verticalGroup: 'Assurance', areas: ['operations'] },
    { verticalGroup: 'Billing & Revenue Management', areas: ['operations'] },
  ],
  rows: [
    ...['1.2.1', '1.2.2', '1.2.3', '1.2.4'].map((row, band) => ({
      processId: id(row),
      area: 'sip',
      band,
    })),
    ...['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((row, band) => ({
      processId: id(row),
      area: 'operations',
      band,
    })),
  ],
  // ID order: the posters' drawing order could not be verified (map-layout.md).
  enterprise: {
    area: 'em',
    processIds: ids('1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.3.6', '1.3.7'),
  },
};
