import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../../../shared/bundle/build-bundle';
import { BUNDLE_EXTENSION } from '../../../shared/bundle/bundle-schema';
import { HostFailure } from '../../../shared/ipc/errors';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { loadCliWorkspace } from './processes-workspace';

const HELP = `Usage: bundle export <workspace> --out <file${BUNDLE_EXTENSION}> [--diagram <id>]... [--overwrite]

Writes a portable bundle: the chosen diagrams (all when no --diagram is given), every company
process they show with its ancestors, the mappings of those processes and the alignment
qualifiers they use, as one JSON file. "bundle import" merges it into another workspace.
An existing file is kept unless --overwrite.`;

export const bundleExportCommand: CliCommand = {
  path: ['bundle', 'export'],
  summary: `Write diagrams with their processes and mappings as one ${BUNDLE_EXTENSION} file`,
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        diagram: { type: 'string', multiple: true },
        overwrite: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const [dir] = positionals;
    if (dir === undefined || positionals.length > 1) {
      throw new CliUsageError('give a workspace folder');
    }
    if (values.out === undefined) throw new CliUsageError('--out <file> is required');
    const { loaded } = await loadCliWorkspace(dir, false);
    const document = loaded.document;
    const ids = values.diagram ?? document.diagrams.map((diagram) => diagram.id);
    const known = new Set<string>(document.diagrams.map((diagram) => diagram.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new CliUsageError(
        `no diagram ${unknown.map((id) => `"${id}"`).join(', ')} in ${dir} (it has: ${[...known].join(', ') || 'none'})`,
      );
    }
    const bundle = buildBundle(document, ids, new Date().toISOString());
    const out = path.resolve(values.out);
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    try {
      await writeFile(out, text, { flag: values.overwrite ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new HostFailure({
        code: code === 'EEXIST' ? 'ALREADY_EXISTS' : 'IO_ERROR',
        message:
          code === 'EEXIST'
            ? `${out} exists; use --overwrite to replace it`
            : `${out}: ${(error as Error).message}`,
        file: out,
      });
    }
    io.stdout(
      `Wrote ${bundle.diagrams.length} diagrams, ${bundle.processes.processes.length} processes and ${bundle.mappings.mappings.length} mappings to ${out} (${Buffer.byteLength(text)} bytes)\n`,
    );
    return EXIT.ok;
  },
};
