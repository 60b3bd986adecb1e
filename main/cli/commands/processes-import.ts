import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { columnsFromPairs, guessColumns, FIELD_LABELS } from '../../../shared/catalogue-io/columns';
import { planImport } from '../../../shared/catalogue-io/import-plan';
import { applyCommand } from '../../../shared/commands/catalogue';
import { getBuiltInPack } from '../../../shared/etom/registry';
import { HostFailure } from '../../../shared/ipc/errors';
import { alignmentsOf } from '../../../shared/model/workspace-schema';
import { readTableFile } from '../../services/catalogue/table-file';
import { saveDocument } from '../../services/workspace/workspace-save';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { loadCliWorkspace } from './processes-workspace';

const HELP = `Usage: processes import <workspace> <file> [--map field=Column,...] [--dry-run]

Adds the company processes of a CSV, TSV or XLSX file (first sheet) to a workspace's
catalogue (processes.json), and the mappings its eTOM id and alignment columns give.
Columns are guessed from the header; --map names them: fields are
${Object.keys(FIELD_LABELS).join(', ')}.
Parents come from "parentCode" (a code in the file or the workspace) or "path"
(Sales/Orders/Capture). Nothing is written when any row has a fault: each is printed as
file:row: column: message. --dry-run checks and reports without writing.`;

export const processesImportCommand: CliCommand = {
  path: ['processes', 'import'],
  summary: 'Import company processes from CSV or XLSX into a workspace',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { map: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      allowPositionals: true,
    });
    const [dir, file] = positionals;
    if (dir === undefined || file === undefined || positionals.length > 2) {
      throw new CliUsageError('give a workspace folder and a file');
    }
    const started = performance.now();
    const { root, loaded } = await loadCliWorkspace(dir, !values['dry-run']);
    const table = await readTableFile(path.resolve(file));
    let columns;
    try {
      columns =
        values.map === undefined
          ? guessColumns(table.header)
          : columnsFromPairs(table.header, values.map);
    } catch (error) {
      throw new CliUsageError(`--map: ${(error as Error).message}`);
    }
    if (columns.name === undefined && columns.path === undefined) {
      throw new CliUsageError(
        `no column gives the process name (columns: ${table.header.join(', ')}); use --map name=<column>`,
      );
    }
    const document = loaded.document;
    const pack = getBuiltInPack(document.workspace.framework.pack);
    const plan = planImport(table, columns, {
      existing: document.processes.processes,
      framework: document.workspace.framework,
      alignments: alignmentsOf(document.workspace),
      // A user pack is not checked here: its ids are the licensed workbook's.
      ...(pack
        ? { frameworkIds: new Map(pack.processes.map((p) => [p.id as string, undefined])) }
        : {}),
      now: new Date().toISOString(),
    });
    const name = path.basename(file);
    for (const problem of plan.problems) {
      io.stderr(`${name}:${problem.row}: ${problem.column}: ${problem.message}\n`);
    }
    if (plan.problems.length > 0) {
      io.stderr(`${plan.problems.length} problem(s); nothing was imported.\n`);
      return EXIT.failed;
    }
    const applied = applyCommand(document, {
      name: 'process.add',
      args: { processes: plan.processes, mappings: plan.mappings },
    });
    if (!values['dry-run']) {
      try {
        await saveDocument({ root, ...loaded }, applied.document, false);
      } catch (error) {
        if (error instanceof HostFailure) {
          throw new HostFailure({ ...error.error, message: `${dir}: ${error.error.message}` });
        }
        throw error;
      }
    }
    const made = plan.createdForPaths > 0 ? ` (${plan.createdForPaths} made for paths)` : '';
    io.stdout(
      `${values['dry-run'] ? 'Would import' : 'Imported'} ${plan.processes.length} processes${made} and ${plan.mappings.length} mappings from ${plan.rowsRead} rows in ${Math.round(performance.now() - started)} ms\n`,
    );
    return EXIT.ok;
  },
};
