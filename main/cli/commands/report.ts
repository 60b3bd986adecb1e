import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../../services/report/write-report';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';
import { loadWorkspaceArg } from './workspace-arg';

const FORMATS = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** `report <workspace> --format html|xlsx|pdf|csv --out <file>`: writes the alignment report. */
export const reportCommand: CliCommand = {
  path: ['report'],
  summary: 'Write the alignment report of a workspace (self-contained HTML, XLSX, PDF or CSV)',
  help: [
    'Usage: etom-studio report <workspace> --format html|xlsx|pdf|csv --out <file>',
    '',
    '  html  one self-contained file (no script, inline CSS): scope footprint, heat map,',
    '        coverage per L2, mappings with alignment and rationale, gaps, overlaps, extensions',
    '  xlsx  a summary sheet, one sheet per framework level and the mapping table',
    '  pdf   A4 pages: title, contents, coverage per L1/L2 with the rules, the heat map',
    '        (vector), the mappings per framework process; numbered, text selectable',
    '  csv   one table of the same sections, each row naming its own (coverage, mapping, gap,',
    '        overlap, extension); cells a spreadsheet would run as formulas are neutralised',
    'The file is written atomically; an existing file is replaced.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'html' }, out: { type: 'string' } },
    });
    const format = values.format as ReportFormat;
    if (!FORMATS.includes(format)) {
      throw new CliUsageError(
        `--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`,
      );
    }
    if (positionals.length !== 1 || positionals[0] === undefined) {
      throw new CliUsageError('give exactly one workspace folder, e.g. report ./my-workspace');
    }
    if (values.out === undefined) throw new CliUsageError('--out <file> is required');
    const { document, catalogue } = await loadWorkspaceArg(positionals[0], io);
    const target = path.resolve(values.out);
    const bytes = await writeReport(document, catalogue, format, target);
    io.stderr(`wrote ${target} (${bytes} bytes)\n`);
    return EXIT.ok;
  },
};
