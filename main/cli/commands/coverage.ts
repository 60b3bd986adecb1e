import { parseArgs } from 'node:util';
import { coverageOfDocument } from '../../../shared/coverage/document-coverage';
import { COVERAGE_COLUMNS, coverageRows } from '../../../shared/report/coverage-rows';
import { coverageCsv, coverageJson } from '../../../shared/report/coverage-text';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = ['csv', 'json'] as const;

/** `coverage <workspace> [--format csv|json]`: the roll-up of every in-scope process. */
export const coverageCommand: CliCommand = {
  path: ['coverage'],
  summary: 'Print the coverage roll-up of every in-scope framework process of a workspace',
  help: [
    'Usage: etom-studio coverage <workspace> [--format csv|json]',
    '',
    'Writes one row per in-scope framework process, in id order:',
    `  ${COVERAGE_COLUMNS.join(',')}`,
    'covered_children/in_scope_children is the "Scope [n/m]" of the map; score_percent is the',
    "weighted share (full 1, partial 0.5, or the workspace's scale). Cells that a spreadsheet",
    'would run as a formula (= + - @) start with an apostrophe in the CSV.',
    '  csv   (default) RFC 4180, CRLF line ends',
    '  json  {"workspace","pack","rows":[...]} with the same fields in camelCase',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'csv' } },
    });
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new CliUsageError(
        `--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`,
      );
    }
    if (positionals.length !== 1 || positionals[0] === undefined) {
      throw new CliUsageError('give exactly one workspace folder, e.g. coverage ./my-workspace');
    }
    const { document, catalogue } = await loadWorkspaceArg(positionals[0], io);
    const coverage = coverageOfDocument(document, catalogue);
    const rows = coverageRows(catalogue, coverage, document.processes.processes);
    io.stdout(
      values.format === 'json'
        ? coverageJson(document.workspace.name, catalogue.pack.id, rows)
        : coverageCsv(rows),
    );
    return EXIT.ok;
  },
};
