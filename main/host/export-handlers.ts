import type { Handlers } from '../../shared/ipc/handlers';
import { writeExport, type ExporterOptions } from '../services/export/exporter';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `export.write`: diagrams and the framework map, drawn as SVG by the renderer, to the file the
 * renderer names (a place, turned into a path by `paths`: typed paths by default).
 */
export function createExportHandlers(
  options: ExporterOptions = {},
  paths: PathAccess = typedPaths,
): Handlers<'export.write'> {
  return {
    'export.write': async (args) =>
      writeExport(
        {
          path: await paths.resolve(args, `export-${args.format}`),
          format: args.format,
          svg: args.svg,
          ...(args.scale === undefined ? {} : { scale: args.scale }),
          ...(args.pdf === undefined ? {} : { pdf: args.pdf }),
          ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
        },
        options,
      ),
  };
}
