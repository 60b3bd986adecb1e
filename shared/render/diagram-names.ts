import type { FrameworkCatalogue } from '../etom/catalogue';
import { domainBandOf } from '../etom/domain-band';
import type { CompanyProcess } from '../model/process-schema';
import type { DiagramNames } from './diagram-nodes';

/**
 * The names a diagram export needs, looked up as the canvas looks them up: company processes
 * in processes.json, framework processes in their own pack (a node of another pack than the
 * workspace's carries that pack's badge, "Classic" or "GB921 <release>"), coloured by the band
 * of their domain on the framework map. `catalogueOf` answers undefined for a pack not loaded.
 */
export function diagramNamesOf(
  processes: readonly CompanyProcess[],
  catalogueOf: (pack: string) => FrameworkCatalogue | undefined,
  workspacePack: string,
): DiagramNames {
  const byId = new Map(processes.map((process) => [process.id as string, process]));
  return {
    process(processId) {
      const process = byId.get(processId);
      if (!process) return undefined;
      return process.code ? { name: process.name, code: process.code } : { name: process.name };
    },
    framework(pack, processId) {
      const catalogue = catalogueOf(pack);
      const process = catalogue?.byId(processId);
      if (!catalogue || !process) return undefined;
      const band = domainBandOf(catalogue, processId);
      const info = catalogue.pack;
      return {
        name: process.name,
        level: process.level,
        band:
          band === null
            ? null
            : band.rowId === 'enterprise'
              ? 'enterprise'
              : Number(band.className.slice('band-'.length)),
        ...(pack === workspacePack
          ? {}
          : { badge: info.reconstructed ? 'Classic' : `GB921 ${info.release}` }),
      };
    },
  };
}
