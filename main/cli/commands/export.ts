import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../../shared/bundle/bundle-schema';
import { createCatalogue, type FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { HostFailure } from '../../../shared/ipc/errors';
import { MAX_PNG_PIXELS } from '../../../shared/ipc/methods/export-methods';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { diagramNamesOf } from '../../../shared/render/diagram-names';
import { EmptyDrawingError, renderDiagramSvg } from '../../../shared/render/diagram-svg';
import {
  PDF_ORIENTATIONS,
  PDF_PAGE_SIZES,
  type PdfPageOptions,
} from '../../../shared/ipc/methods/export-methods';
import { writeBundleExport } from '../../services/export/bundle-writer';
import { writeDocumentExport, writeExport } from '../../services/export/exporter';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { findPack } from '../find-pack';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Readonly<Record<Format, string>> = {
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
  json: BUNDLE_EXTENSION,
};

const HELP = `Usage: export <workspace> --diagram <name|id|all> --format svg|png|pdf|json --out <path>
       [--scale 1-4] [--page fit|a4|a3] [--orientation portrait|landscape]
       [--theme light|dark] [--transparent] [--overwrite]

Exports a diagram as the app draws it: SVG (vector, text stays text), PNG (rasterised, --scale
pixels per unit, 2 by default, lower where the picture would pass 64 million pixels), PDF
(vector, selectable text, the diagram's name above it) or JSON (a portable ${BUNDLE_EXTENSION}
bundle with the company processes and mappings it shows, which "bundle import" and the app
read back).
  --diagram   the diagram's name or id; "all" writes one file per diagram (named by its id)
              into the folder --out, which is made when missing; with --format pdf, "all"
              writes ONE file --out: a contents page, then a page per diagram (empty
              diagrams are left out and named on stderr)
  --page      PDF page size: fit (the drawing's own size, the default), a4 or a3 (scaled to
              fit, centred)
  --orientation  portrait (default) or landscape, for a4 and a3
  --theme     the app's light theme (default) or its dark one
  --transparent  no background behind the drawing (SVG, PNG and PDF)
  --overwrite    replace files that exist (they are kept otherwise)

Exit codes: 0 written, 1 failed (nothing half-written), 2 wrong usage.`;

/** The diagram `wanted` names: its id, else its name (case-insensitive). */
function pickDiagram(document: WorkspaceDocument, wanted: string, dir: string): DiagramFile {
  const lower = wanted.toLowerCase();
  const found =
    document.diagrams.find((diagram) => diagram.id === wanted) ??
    document.diagrams.find((diagram) => diagram.name.toLowerCase() === lower);
  if (found) return found;
  const known = document.diagrams.map((diagram) => `${diagram.id} ("${diagram.name}")`);
  throw new CliUsageError(
    `no diagram "${wanted}" in ${dir} (it has: ${known.join(', ') || 'none'})`,
  );
}

/** Catalogues of every pack the diagrams' framework nodes use; a pack not found has none. */
async function cataloguesFor(
  diagrams: readonly DiagramFile[],
  workspace: FrameworkCatalogue,
  io: CliIo,
): Promise<(pack: string) => FrameworkCatalogue | undefined> {
  const catalogues = new Map<string, FrameworkCatalogue | undefined>([
    [workspace.pack.id, workspace],
  ]);
  for (const diagram of diagrams) {
    for (const node of diagram.nodes) {
      if (node.kind !== 'framework' || catalogues.has(node.pack)) continue;
      try {
        catalogues.set(node.pack, createCatalogue(await findPack(node.pack, io)));
      } catch {
        // Drawn as on screen: the node says its pack lacks the process.
        catalogues.set(node.pack, undefined);
      }
    }
  }
  return (pack) => catalogues.get(pack);
}

/**
 * The pictures of a whole-workspace PDF, one per diagram with its name; an empty diagram has
 * nothing to draw and is left out, said on stderr. None at all is a failure.
 */
function drawnPictures(
  diagrams: readonly DiagramFile[],
  draw: (diagram: DiagramFile) => string,
  io: CliIo,
): { svg: string; title: string }[] {
  const pictures: { svg: string; title: string }[] = [];
  for (const diagram of diagrams) {
    try {
      pictures.push({ svg: draw(diagram), title: diagram.name });
    } catch (error) {
      if (!(error instanceof EmptyDrawingError)) throw error;
      io.stderr(`Left out ${diagram.id} ("${diagram.name}"): it has nothing to draw.\n`);
    }
  }
  if (pictures.length === 0) {
    throw new HostFailure({
      code: 'INVALID_ARGUMENT',
      message: 'The workspace has no diagram with anything to draw.',
    });
  }
  return pictures;
}

function scaleOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) {
    throw new CliUsageError(`--scale must be a number from 1 to 4, not "${text}"`);
  }
  return scale;
}

/** The PDF page options given, checked; refused for the other formats. */
function pageOf(
  format: Format,
  size: string | undefined,
  orientation: string | undefined,
): PdfPageOptions {
  if (format !== 'pdf' && (size !== undefined || orientation !== undefined)) {
    throw new CliUsageError('--page and --orientation are for --format pdf');
  }
  const page = (size ?? 'fit') as PdfPageOptions['size'];
  if (!PDF_PAGE_SIZES.includes(page)) {
    throw new CliUsageError(`--page must be one of ${PDF_PAGE_SIZES.join(', ')}, not "${size}"`);
  }
  const turn = (orientation ?? 'portrait') as NonNullable<PdfPageOptions['orientation']>;
  if (!PDF_ORIENTATIONS.includes(turn)) {
    throw new CliUsageError(
      `--orientation must be one of ${PDF_ORIENTATIONS.join(', ')}, not "${orientation}"`,
    );
  }
  return { size: page, orientation: turn };
}

export const exportCommand: CliCommand = {
  path: ['export'],
  summary: 'Export diagrams as SVG, PNG, PDF or a JSON bundle',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        diagram: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
        page: { type: 'string' },
        orientation: { type: 'string' },
        theme: { type: 'string' },
        transparent: { type: 'boolean' },
        overwrite: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const [dir] = positionals;
    if (dir === undefined || positionals.length > 1)
      throw new CliUsageError('give a workspace folder');
    if (values.diagram === undefined)
      throw new CliUsageError('--diagram <name|id|all> is required');
    const format = values.format as Format | undefined;
    if (format === undefined || !FORMATS.includes(format)) {
      throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')}`);
    }
    if (values.out === undefined) throw new CliUsageError('--out <path> is required');
    const theme = values.theme ?? 'light';
    if (theme !== 'light' && theme !== 'dark') {
      throw new CliUsageError(`--theme must be light or dark, not "${theme}"`);
    }
    const scale = scaleOf(values.scale);
    const page = pageOf(format, values.page, values.orientation);
    const { document, catalogue } = await loadWorkspaceArg(dir, io);
    const all = values.diagram === 'all';
    const diagrams = all ? document.diagrams : [pickDiagram(document, values.diagram, dir)];
    const out = path.resolve(values.out);
    const names = diagramNamesOf(
      document.processes.processes,
      await cataloguesFor(diagrams, catalogue, io),
      document.workspace.framework.pack,
    );
    const draw = (diagram: DiagramFile) =>
      renderDiagramSvg(diagram, names, {
        theme,
        ...(values.transparent ? { background: 'none' as const } : {}),
      });
    if (all && format === 'pdf') {
      const pictures = drawnPictures(diagrams, draw, io);
      const result = await writeDocumentExport({
        path: out,
        pictures,
        pdf: { ...page, title: document.workspace.name },
        overwrite: values.overwrite === true,
      });
      io.stdout(`Wrote ${out} (${result.pages} pages, ${result.bytes} bytes)\n`);
      return EXIT.ok;
    }
    if (all) await mkdir(out, { recursive: true });
    for (const diagram of diagrams) {
      const target = all ? path.join(out, `${diagram.id}${EXTENSIONS[format]}`) : out;
      const overwrite = values.overwrite === true;
      let bytes: number;
      let note = '';
      if (format === 'json') {
        const bundle = buildBundle(document, [diagram.id], new Date().toISOString());
        bytes = (
          await writeBundleExport({
            path: target,
            bundle: JSON.stringify(bundle, null, 2),
            overwrite,
          })
        ).bytes;
      } else {
        let svg: string;
        try {
          svg = draw(diagram);
        } catch (error) {
          if (!(error instanceof EmptyDrawingError)) throw error;
          throw new HostFailure({ code: 'INVALID_ARGUMENT', message: error.message });
        }
        const written = await writeExport({
          path: target,
          format,
          svg,
          overwrite,
          ...(scale === undefined ? {} : { scale }),
          ...(values.transparent ? { background: 'transparent' as const } : {}),
          ...(format === 'pdf' ? { pdf: { ...page, title: diagram.name } } : {}),
        });
        bytes = written.bytes;
        if (written.scale !== undefined) {
          note = `, drawn at scale ${written.scale} to stay under ${MAX_PNG_PIXELS / 1_000_000} million pixels`;
        }
      }
      io.stdout(`Wrote ${target} (${bytes} bytes${note})\n`);
    }
    return EXIT.ok;
  },
};
