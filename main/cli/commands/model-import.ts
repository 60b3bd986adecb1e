import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { KindOutcome } from '../../../shared/bundle/plan-import';
import { applyCommand } from '../../../shared/commands/catalogue';
import {
  MODEL_IMPORT_FORMATS,
  type ModelImportFormat,
} from '../../../shared/imports/imported-model';
import { planModelImport } from '../../../shared/imports/plan-model-import';
import { readModelImportFile } from '../../services/imports/model-file';
import { saveDocument } from '../../services/workspace/workspace-save';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { clashPolicyArg, importBundle } from './bundle-import';
import { loadCliWorkspace } from './processes-workspace';

const HELP = `Usage: import bpmn|archimate <file> --into <workspace> [--diagrams] [--dry-run]
       import bundle <file> --into <workspace> [--on-clash keep-both|replace|skip] [--dry-run]

Adds the company processes of a BPMN 2.0 file (pools, lanes, sub-processes, tasks, call
activities) or an ArchiMate Open Exchange file (business processes, functions and
interactions, with composition / aggregation as hierarchy) to a workspace's catalogue.
Each process keeps its origin in its "source" property, so importing the same file again
adds only what is new. --diagrams also makes each of the file's diagrams (BPMN DI diagrams,
ArchiMate views) a diagram of the workspace, with its layout. Prints the counts as JSON on
stdout (processes added, diagrams, nodes and edges created) and each problem, by element id,
on stderr as file: id: message. --dry-run prints the counts and writes nothing.
The XML is read safely: DOCTYPE and entities are refused, size and nesting are limited,
and other files the document imports are never followed or fetched.
"import bundle" merges a bundle (or a PNG or SVG with one embedded) as "bundle import" does,
and prints how many diagrams, processes and mappings it adds, replaces, keeps beside (under
a new id on a clash), skips and finds unchanged, as JSON.
Exit codes: 0 done, 1 the file or workspace could not be read or written (or is not valid),
2 wrong usage.`;

/** How many elements of a kind a bundle import adds, replaces, keeps beside, skips, finds unchanged. */
function outcomeCounts(outcome: KindOutcome) {
  return {
    added: outcome.added.length,
    replaced: outcome.replaced.length,
    keptBeside: outcome.renamed.length,
    skipped: outcome.skipped.length,
    unchanged: outcome.unchanged.length,
  };
}

async function importBundleAsJson(
  file: string,
  into: string,
  onClash: string | undefined,
  dryRun: boolean,
  io: CliIo,
): Promise<number> {
  const { plan } = await importBundle(into, file, clashPolicyArg(onClash), dryRun);
  const counts = {
    file: path.basename(file),
    format: 'bundle',
    dryRun,
    diagrams: outcomeCounts(plan.diagrams),
    processes: outcomeCounts(plan.processes),
    mappings: outcomeCounts(plan.mappings),
  };
  io.stdout(`${JSON.stringify(counts)}\n`);
  return EXIT.ok;
}

export const modelImportCommand: CliCommand = {
  path: ['import'],
  summary: 'Import company processes from a BPMN 2.0 or ArchiMate file, or merge a bundle',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        into: { type: 'string' },
        'dry-run': { type: 'boolean' },
        diagrams: { type: 'boolean' },
        'on-clash': { type: 'string' },
      },
      allowPositionals: true,
    });
    const [format, file] = positionals;
    const formats: readonly string[] = [...MODEL_IMPORT_FORMATS, 'bundle'];
    if (format === undefined || !formats.includes(format)) {
      throw new CliUsageError(`give the format first: ${formats.join(', ')}`);
    }
    if (file === undefined || positionals.length > 2) throw new CliUsageError('give one file');
    if (values.into === undefined) throw new CliUsageError('give the workspace with --into');
    const dryRun = values['dry-run'] === true;
    if (format === 'bundle') {
      if (values.diagrams === true) {
        throw new CliUsageError(
          '--diagrams is for bpmn and archimate: a bundle brings its diagrams',
        );
      }
      return importBundleAsJson(file, values.into, values['on-clash'], dryRun, io);
    }
    if (values['on-clash'] !== undefined) throw new CliUsageError('--on-clash is for bundles');
    const { root, loaded } = await loadCliWorkspace(values.into, !dryRun);
    const model = await readModelImportFile(path.resolve(file), format as ModelImportFormat);
    const { document } = loaded;
    const plan = planModelImport(
      model,
      document.processes.processes,
      undefined,
      values.diagrams === true
        ? { names: document.diagrams.map((d) => d.name), ids: document.diagrams.map((d) => d.id) }
        : undefined,
    );
    for (const problem of plan.problems) {
      io.stderr(`${model.file}: ${problem.id || '(file)'}: ${problem.message}\n`);
    }
    if (!dryRun && (plan.processes.length > 0 || plan.diagrams.length > 0)) {
      let next = document;
      if (plan.processes.length > 0) {
        next = applyCommand(next, {
          name: 'process.add',
          args: { processes: plan.processes, mappings: [] },
        }).document;
      }
      for (const diagram of plan.diagrams) {
        next = applyCommand(next, {
          name: 'diagram.restore',
          args: { diagram, index: next.diagrams.length },
        }).document;
      }
      await saveDocument({ root, ...loaded }, next, false);
    }
    io.stdout(
      `${JSON.stringify({ file: model.file, format, dryRun, ...plan.counts, skippedByKind: model.skipped })}\n`,
    );
    return EXIT.ok;
  },
};
