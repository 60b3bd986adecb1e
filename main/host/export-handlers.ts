import type { Handlers } from '../../shared/ipc/handlers';
import { writeExport, type ExporterOptions } from '../services/export/exporter';

/** `export.write`: diagrams and the framework map, drawn as SVG by the renderer, to disk. */
export function createExportHandlers(options: ExporterOptions = {}): Handlers<'export.write'> {
  return {
    'export.write': (args) =>
      writeExport(
        {
          path: args.path,
          format: args.format,
          svg: args.svg,
          ...(args.scale === undefined ? {} : { scale: args.scale }),
          ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
        },
        options,
      ),
  };
}
