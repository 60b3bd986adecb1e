import type { Handlers } from '../../shared/ipc/handlers';
import { writeBundleExport } from '../services/export/bundle-writer';
import { writeExport, type ExporterOptions } from '../services/export/exporter';
import { copyPicture } from '../services/export/picture-copy';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `export.write`: diagrams and the framework map, drawn as SVG by the renderer, to the file the
 * renderer names; `export.copyPicture`: a picture to the clipboard; `export.bundle`: diagrams as a portable `*.etom.json` bundle (a place, turned into a path by `paths`: typed paths by default).
 */
export function createExportHandlers(
  options: ExporterOptions = {},
  paths: PathAccess = typedPaths,
): Handlers<'export.write' | 'export.bundle' | 'export.copyPicture'> {
  return {
    'export.write': async (args) =>
      writeExport(
        {
          path: await paths.resolve(args, `export-${args.format}`),
          format: args.format,
          svg: args.svg,
          ...(args.scale === undefined ? {} : { scale: args.scale }),
          ...(args.pdf === undefined ? {} : { pdf: args.pdf }),
          ...(args.background === undefined ? {} : { background: args.background }),
          ...(args.bundle === undefined ? {} : { bundle: args.bundle }),
          ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
        },
        options,
      ),
    'export.copyPicture': (args) => copyPicture(args, options),
    'export.bundle': async (args) =>
      writeBundleExport({
        path: await paths.resolve(args, 'export-json'),
        bundle: args.bundle,
        ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
      }),
  };
}
