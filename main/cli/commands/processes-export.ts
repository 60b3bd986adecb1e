import { parseArgs } from 'node:util';
import * as path from 'node:path';
import {
  CATALOGUE_FORMATS,
  writeCatalogueFile,
  type CatalogueFormat,
} from '../../services/catalogue/catalogue-export';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { loadCliWorkspace } from './processes-workspace';

const HELP = `Usage: processes export <workspace> --format csv|xlsx --out <file> [--overwrite]

Writes the workspace's company processes in tree order: Code, Name, Path, Parent code,
Level, Description, Owner, Tags, Not in eTOM. CSV cells that a spreadsheet would take for a
formula (starting with = + - @, tab or carriage return) are neutralised with a leading '.
An existing file is kept unless --overwrite.`;

export const processesExportCommand: CliCommand = {
  path: ['processes', 'export'],
  summary: 'Export the company processes of a workspace to CSV or XLSX',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        overwrite: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const [dir] = positionals;
    if (dir === undefined || positionals.length > 1)
      throw new CliUsageError('give a workspace folder');
    const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    if (!(CATALOGUE_FORMATS as readonly string[]).includes(format)) {
      throw new CliUsageError(`--format must be csv or xlsx, not "${format}"`);
    }
    if (values.out === undefined) throw new CliUsageError('--out <file> is required');
    const { loaded } = await loadCliWorkspace(dir, false);
    const processes = loaded.document.processes.processes;
    const out = path.resolve(values.out);
    const bytes = await writeCatalogueFile(
      out,
      processes,
      format as CatalogueFormat,
      values.overwrite,
    );
    io.stdout(`Wrote ${processes.length} processes to ${out} (${bytes} bytes)\n`);
    return EXIT.ok;
  },
};
