import { realpath } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatCsv } from '../../../shared/codecs/csv';
import { createCatalogue } from '../../../shared/etom/catalogue';
import type { FrameworkPack } from '../../../shared/etom/pack-model';
import {
  BUILT_IN_PACKS,
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  getBuiltInCatalogue,
} from '../../../shared/etom/registry';
import { HostFailure } from '../../../shared/ipc/errors';
import { companyQueries, unmappedProcesses } from '../../../shared/mapping/suggest/company-queries';
import type { QueryText } from '../../../shared/mapping/suggest/query-plan';
import { createSuggester, type Suggestion } from '../../../shared/mapping/suggest/suggest';
import { readWorkspace } from '../../services/workspace/workspace-reader';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { descriptionPackFor, findPack } from '../find-pack';
import { readNameLines } from './suggest-input';

const FORMATS = ['csv', 'json'] as const;
const COLUMNS = ['query', 'rank', 'pack', 'id', 'level', 'name', 'score', 'reason'] as const;
const MAX_TOP = 50;

/** One company process to suggest for. */
interface Job {
  query: QueryText;
  /** Workspace mode: the company process's id. */
  processId?: string;
}

function positiveInt(value: string, option: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new CliUsageError(`${option} must be a whole number from 1 to ${max}, not "${value}"`);
  }
  return Number(value);
}

function score(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new CliUsageError(`--min-score must be a number from 0 to 1, not "${value}"`);
  }
  return n;
}

async function workspaceJobs(dir: string): Promise<{ jobs: Job[]; pack: string; total: number }> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${dir}: no such folder`, file: dir });
  }
  let loaded;
  try {
    loaded = await readWorkspace(root);
  } catch (error) {
    if (error instanceof HostFailure) {
      const where = error.error.file === undefined ? dir : `${dir}/${error.error.file}`;
      throw new HostFailure({ ...error.error, message: `${where}: ${error.error.message}` });
    }
    throw error;
  }
  const { processes, mappings, workspace } = loaded.document;
  const unmapped = new Set<string>(
    unmappedProcesses(processes.processes, mappings.mappings).map((p) => p.id),
  );
  const jobs = companyQueries(processes.processes)
    .filter((entry) => unmapped.has(entry.processId))
    .map((entry) => ({ query: entry.query, processId: entry.processId }));
  return { jobs, pack: workspace.framework.pack, total: processes.processes.length };
}

/** The other scheme's built-in catalogue, whose lineage names help ranking. */
function counterpartFor(pack: FrameworkPack) {
  return getBuiltInCatalogue(pack.reconstructed ? DEFAULT_PACK_ID : CLASSIC_PACK_ID);
}

function rowsOf(
  job: Job,
  suggestions: readonly Suggestion[],
): Array<Record<string, string | number>> {
  return suggestions.map((s) => ({
    query: job.query.name,
    rank: s.rank,
    pack: s.packId,
    id: s.id,
    level: s.level,
    name: s.name,
    score: s.score,
    reason: s.reasons.join('; '),
    ...(job.processId === undefined ? {} : { process_id: job.processId }),
  }));
}

/** `suggest`: likely framework processes for company processes, from a names file or a workspace. */
export const suggestCommand: CliCommand = {
  path: ['suggest'],
  summary: 'Suggest framework processes for company processes (a names file or a workspace)',
  help: [
    'Usage: etom-studio suggest (--in <file> | --workspace <dir>) [--pack <pack>] [--top <k>]',
    '                           [--min-score <0..1>] [--format csv|json]',
    '',
    'Ranks the processes of a framework pack for each company process, offline, from names,',
    'lineage (classic <-> current), descriptions of an imported workbook and a telecom vocabulary.',
    '',
    '  --in <file>        one company process name per line (UTF-8; blank lines and lines',
    '                     starting with # are skipped)',
    "  --workspace <dir>  the workspace's company processes that have no mapping yet, read with",
    '                     their descriptions, parents and children',
    "  --pack <pack>      the pack to suggest from (default: the workspace's pack, else gb921-v25.5)",
    `  --top <k>          suggestions per company process, 1 to ${MAX_TOP} (default 5)`,
    '  --min-score <s>    leave out suggestions scoring below s (0..1; 1 means every word explained)',
    '  --format csv       (default) columns query,rank,pack,id,level,name,score,reason; with',
    '                     --workspace a last column process_id. RFC 4180, CRLF line ends',
    '  --format json      an array of objects with the same fields',
    '',
    'A company process with no likely match gets no rows; a count goes to standard error.',
    `Packs: ${BUILT_IN_PACKS.map((info) => info.id).join(', ')}, or the id of a workbook you imported.`,
  ].join('\n'),
  async run(args, io: CliIo) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        in: { type: 'string' },
        workspace: { type: 'string' },
        pack: { type: 'string' },
        top: { type: 'string', default: '5' },
        'min-score': { type: 'string', default: '0' },
        format: { type: 'string', default: 'csv' },
      },
    });
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
    }
    if ((values.in === undefined) === (values.workspace === undefined)) {
      throw new CliUsageError('give either --in <file> or --workspace <dir>');
    }
    const top = positiveInt(values.top, '--top', MAX_TOP);
    const minScore = score(values['min-score']);

    let jobs: Job[];
    let packId = values.pack;
    let skipped = 0;
    if (values.workspace !== undefined) {
      const found = await workspaceJobs(values.workspace);
      jobs = found.jobs;
      packId ??= found.pack;
      skipped = found.total - jobs.length;
    } else {
      jobs = (await readNameLines(values.in as string)).map((line) => ({
        query: { name: line.name },
      }));
    }
    const pack = await findPack(packId ?? DEFAULT_PACK_ID, io);
    const described = await descriptionPackFor(pack, io);
    const byId = new Map(described?.processes.map((p) => [p.id, p]));
    const started = performance.now();
    const suggester = createSuggester({
      catalogue: createCatalogue(pack),
      counterpart: counterpartFor(pack),
      description: (process) => {
        const source = byId.get(process.id);
        const text = [source?.briefDescription, source?.extendedDescription]
          .filter(Boolean)
          .join('\n');
        return text === '' ? undefined : text;
      },
    });

    const rows: Array<Record<string, string | number>> = [];
    let unmatched = 0;
    for (const job of jobs) {
      const suggestions = suggester.suggest(job.query, { limit: top, minScore });
      if (suggestions.length === 0) unmatched += 1;
      rows.push(...rowsOf(job, suggestions));
    }
    const columns = values.workspace === undefined ? [...COLUMNS] : [...COLUMNS, 'process_id'];
    if (format === 'json') {
      const lines = rows.map((row) => JSON.stringify(row));
      io.stdout(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`);
    } else {
      io.stdout(formatCsv([columns, ...rows.map((row) => columns.map((c) => row[c] ?? ''))]));
    }
    const elapsed = Math.round(performance.now() - started);
    const notes = [
      `${jobs.length} company ${jobs.length === 1 ? 'process' : 'processes'}`,
      ...(skipped > 0 ? [`${skipped} already mapped, skipped`] : []),
      ...(unmatched > 0 ? [`${unmatched} without a suggestion`] : []),
      `pack ${pack.id}${described !== undefined ? ` with descriptions from ${described.id}` : ''}`,
      `${elapsed} ms`,
    ];
    io.stderr(`suggest: ${notes.join('; ')}\n`);
    return EXIT.ok;
  },
};
