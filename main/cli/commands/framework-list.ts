import { parseArgs } from 'node:util';
import { formatCsv } from '../../../shared/codecs/csv';
import { BUILT_IN_PACKS } from '../../../shared/etom/registry';
import { CliUsageError, EXIT, type CliCommand } from '../cli-io';
import { findPack } from '../find-pack';

const FORMATS = ['csv', 'json'] as const;

/** `framework list <pack> [--format csv|json]`: every process of a pack, in id order. */
export const frameworkListCommand: CliCommand = {
  path: ['framework', 'list'],
  summary: 'List every process of a framework pack (id, level, name, parent id)',
  help: [
    'Usage: etom-studio framework list <pack> [--format csv|json]',
    '',
    'Writes every process of the pack, in id order, to standard output.',
    '  csv   (default) the columns id,level,name,parent_id, RFC 4180 quoting, CRLF line ends',
    '  json  an array of {"id","level","name","parentId"}',
    '',
    `Packs: ${BUILT_IN_PACKS.map((info) => info.id).join(', ')}, or the id of a workbook you imported.`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'csv' } },
    });
    const format = values.format;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
    }
    if (positionals.length !== 1 || positionals[0] === undefined) {
      throw new CliUsageError('give exactly one pack id, e.g. framework list gb921-v25.5');
    }
    const pack = await findPack(positionals[0], io);
    if (format === 'json') {
      // One process per line: readable, and still one JSON array.
      const lines = pack.processes.map(({ id, level, name, parentId }) =>
        JSON.stringify({ id, level, name, parentId }),
      );
      io.stdout(`[\n${lines.join(',\n')}\n]\n`);
    } else {
      const rows = pack.processes.map((p) => [p.id, p.level, p.name, p.parentId ?? '']);
      io.stdout(formatCsv([['id', 'level', 'name', 'parent_id'], ...rows]));
    }
    return EXIT.ok;
  },
};
