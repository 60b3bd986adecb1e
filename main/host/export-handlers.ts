import type { Handlers } from '../../shared/ipc/handlers';
import { writeBundleExport } from '../services/export/bundle-writer';
import { ExportJobs } from '../services/export/export-jobs';
import {
  writeDocumentExport,
  writeExport,
  type ExporterOptions,
} from '../services/export/exporter';
import { copyPicture } from '../services/export/picture-copy';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `export.write`: diagrams and the framework map, drawn as SVG by the renderer, to the file the
 * renderer names; `export.writeDocument`: several diagrams as one PDF with a contents page;
 * `export.progress` / `export.cancel`: where a long export named by its job id is, and stopping
 * it; `export.copyPicture`: a picture to the clipboard; `export.bundle`: diagrams as a portable
 * `*.etom.json` bundle (a place, turned into a path by `paths`: typed paths by default).
 */
export function createExportHandlers(
  options: ExporterOptions = {},
  paths: PathAccess = typedPaths,
): Handlers<
  | 'export.write'
  | 'export.writeDocument'
  | 'export.progress'
  | 'export.cancel'
  | 'export.bundle'
  | 'export.copyPicture'
> {
  const jobs = new ExportJobs();
  return {
    'export.write': async (args) => {
      const target = await paths.resolve(args, `export-${args.format}`);
      return jobs.run(args.jobId, target, (job) =>
        writeExport(
          {
            path: target,
            format: args.format,
            svg: args.svg,
            ...(args.scale === undefined ? {} : { scale: args.scale }),
            ...(args.pdf === undefined ? {} : { pdf: args.pdf }),
            ...(args.background === undefined ? {} : { background: args.background }),
            ...(args.bundle === undefined ? {} : { bundle: args.bundle }),
            ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
          },
          options,
          job,
        ),
      );
    },
    'export.writeDocument': async (args) => {
      const target = await paths.resolve(args, 'export-pdf');
      return jobs.run(args.jobId, target, (job) =>
        writeDocumentExport(
          {
            path: target,
            pictures: args.pictures,
            pdf: args.pdf,
            ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
          },
          options,
          job,
        ),
      );
    },
    'export.progress': (args) => jobs.poll(args.jobId, args.seen ?? 0, args.waitMs),
    'export.cancel': (args) => Promise.resolve(jobs.cancel(args.jobId)),
    'export.copyPicture': (args) => copyPicture(args, options),
    'export.bundle': async (args) =>
      writeBundleExport({
        path: await paths.resolve(args, 'export-json'),
        bundle: args.bundle,
        ...(args.overwrite === undefined ? {} : { overwrite: args.overwrite }),
      }),
  };
}
