import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../../shared/bundle/bundle-schema';
import { createCatalogue, type FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { HostFailure } from '../../../shared/ipc/errors';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../../shared/model/document';
import { diagramNamesOf } from '../../../shared/render/diagram-names';
import { EmptyDrawingError, renderDiagramSvg } from '../../../shared/render/diagram-svg';
import { writeBundleExport } from '../../services/export/bundle-writer';
import { writeExport } from '../../services/export/exporter';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { findPack } from '../find-pack';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = ['svg', 'png', 'json'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Readonly<Record<Format, string>> = {
  svg: '.svg',
  png: '.png',
  json: BUNDLE_EXTENSION,
};

const HELP = `Usage: export <workspace> --diagram <name|id|all> --format svg|png|json --out <path>
       [--scale 1-4] [--theme light|dark] [--transparent] [--overwrite]

Exports a diagram as the app draws it: SVG (vector, text stays text), PNG (rasterised, --scale
pixels per unit, 2 by default) or JSON (a portable ${BUNDLE_EXTENSION} bundle with the company
processes and mappings it shows, which "bundle import" and the app read back).
  --diagram   the diagram's name or id; "all" writes one file per diagram (named by its id)
              into the folder --out, which is made when missing
  --theme     the app's light theme (default) or its dark one
  --transparent  no background behind the drawing (SVG and PNG)
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

function scaleOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) {
    throw new CliUsageError(`--scale must be a number from 1 to 4, not "${text}"`);
  }
  return scale;
}

export const exportCommand: CliCommand = {
  path: ['export'],
  summary: 'Export diagrams as SVG, PNG or a JSON bundle',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        diagram: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
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
    const { document, catalogue } = await loadWorkspaceArg(dir, io);
    const all = values.diagram === 'all';
    const diagrams = all ? document.diagrams : [pickDiagram(document, values.diagram, dir)];
    const out = path.resolve(values.out);
    if (all) await mkdir(out, { recursive: true });
    const names = diagramNamesOf(
      document.processes.processes,
      await cataloguesFor(diagrams, catalogue, io),
      document.workspace.framework.pack,
    );
    for (const diagram of diagrams) {
      const target = all ? path.join(out, `${diagram.id}${EXTENSIONS[format]}`) : out;
      const overwrite = values.overwrite === true;
      let bytes: number;
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
          svg = renderDiagramSvg(diagram, names, {
            theme,
            ...(values.transparent ? { background: 'none' as const } : {}),
          });
        } catch (error) {
          if (!(error instanceof EmptyDrawingError)) throw error;
          throw new HostFailure({ code: 'INVALID_ARGUMENT', message: error.message });
        }
        bytes = (
          await writeExport({
            path: target,
            format,
            svg,
            overwrite,
            ...(scale === undefined ? {} : { scale }),
            ...(values.transparent ? { background: 'transparent' as const } : {}),
          })
        ).bytes;
      }
      io.stdout(`Wrote ${target} (${bytes} bytes)\n`);
    }
    return EXIT.ok;
  },
};
