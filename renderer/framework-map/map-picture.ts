import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { renderFrameworkMapSvg } from '../../shared/render/framework-map-svg';
import { HEAT_LEGEND, heatPaint } from '../../shared/report/map-paints';

/** A map picture the export dialog writes: what it is called, and how it is drawn as SVG. */
export interface MapPicture {
  /** The dialog's title, e.g. "Export framework map". */
  dialogTitle: string;
  /** The start of the file name offered, e.g. `etom-map`, `etom-heat-map`. */
  fileStem: string;
  /** Draws the picture (the same renderer as the report), unpainted behind when `transparent`. */
  draw: (transparent: boolean) => string;
}

/** The plain level-0/level-1 map of `scheme`. */
export function frameworkMapPicture(scheme: string, catalogue: FrameworkCatalogue): MapPicture {
  return {
    dialogTitle: 'Export framework map',
    fileStem: 'etom-map',
    draw: (transparent) =>
      renderFrameworkMapSvg(scheme, { catalogue, ...(transparent ? { background: 'none' } : {}) }),
  };
}

/**
 * The coverage heat map as the tab shows it: each process painted by its coverage step and
 * captioned `n/m %`, with the key drawn under the title (shapes and text, so PNG and PDF hold it).
 */
export function heatMapPicture(
  catalogue: FrameworkCatalogue,
  coverage: CoverageResult,
): MapPicture {
  return {
    dialogTitle: 'Export heat map',
    fileStem: 'etom-heat-map',
    draw: (transparent) =>
      renderFrameworkMapSvg(catalogue.pack.id, {
        catalogue,
        ...(transparent ? { background: 'none' } : {}),
        paint: heatPaint(coverage),
        legend: HEAT_LEGEND,
        title: `Coverage heat map, ${catalogue.pack.label}`,
      }),
  };
}
