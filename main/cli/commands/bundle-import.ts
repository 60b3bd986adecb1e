import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  planBundleImport,
  type ImportPlan,
  type ClashPolicy,
  type KindOutcome,
} from '../../../shared/bundle/plan-import';
import { readBundleFile } from '../../services/bundle/bundle-file';
import { saveDocument } from '../../services/workspace/workspace-save';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { loadCliWorkspace } from './processes-workspace';

const POLICIES: readonly ClashPolicy[] = ['keep-both', 'replace', 'skip'];

/** The `--on-clash` value, keep-both when not given. */
export function clashPolicyArg(value: string | undefined): ClashPolicy {
  const policy = (value ?? 'keep-both') as ClashPolicy;
  if (!POLICIES.includes(policy)) {
    throw new CliUsageError(`--on-clash must be ${POLICIES.join(', ')}, not "${policy}"`);
  }
  return policy;
}

/**
 * Reads `file` as a bundle (or a picture with one embedded), plans its merge into the workspace
 * in `dir` and, unless `dryRun`, writes the result: `bundle import` and `import bundle`.
 */
export async function importBundle(
  dir: string,
  file: string,
  policy: ClashPolicy,
  dryRun: boolean,
): Promise<{ plan: ImportPlan; pack: string }> {
  const { root, loaded } = await loadCliWorkspace(dir, !dryRun);
  const bundle = await readBundleFile(path.resolve(file));
  const plan = planBundleImport(loaded.document, bundle, policy);
  if (!dryRun) await saveDocument({ root, ...loaded }, plan.document, false);
  return { plan, pack: loaded.document.workspace.framework.pack };
}

const HELP = `Usage: bundle import <workspace> <file> [--on-clash keep-both|replace|skip] [--dry-run]

Merges a bundle written by "bundle export" into a workspace. An element whose id the
workspace already uses for something different is a clash: keep-both (the default) adds the
bundle's under a new id and its references follow, replace puts the bundle's in its place,
skip keeps the workspace's. Prints what changes; --dry-run writes nothing. The file may also
be a PNG or SVG exported with the diagram embedded. The bundle is validated like a workspace
file: a problem names the file and its JSON path. "import bundle <file> --into <workspace>"
does the same and prints the counts as JSON.`;

function outcomeLine(kind: string, outcome: KindOutcome): string {
  const parts = [
    `${outcome.added.length} added`,
    outcome.replaced.length > 0 ? `${outcome.replaced.length} replaced` : '',
    outcome.renamed.length > 0
      ? `${outcome.renamed.length} kept beside (${outcome.renamed.map((r) => `${r.from} -> ${r.to}`).join(', ')})`
      : '',
    outcome.skipped.length > 0 ? `${outcome.skipped.length} skipped` : '',
    outcome.unchanged.length > 0 ? `${outcome.unchanged.length} unchanged` : '',
  ].filter(Boolean);
  return `${kind}: ${parts.join(', ')}\n`;
}

export const bundleImportCommand: CliCommand = {
  path: ['bundle', 'import'],
  summary: 'Merge a bundle into a workspace (keep both, replace or skip on id clashes)',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { 'on-clash': { type: 'string' }, 'dry-run': { type: 'boolean' } },
      allowPositionals: true,
    });
    const [dir, file] = positionals;
    if (dir === undefined || file === undefined || positionals.length > 2) {
      throw new CliUsageError('give a workspace folder and a bundle file');
    }
    const policy = clashPolicyArg(values['on-clash']);
    const dryRun = values['dry-run'] === true;
    const name = path.basename(file);
    const { plan, pack } = await importBundle(dir, file, policy, dryRun);
    io.stdout(outcomeLine('Diagrams', plan.diagrams));
    io.stdout(outcomeLine('Processes', plan.processes));
    io.stdout(outcomeLine('Mappings', plan.mappings));
    for (const change of plan.codesChanged) {
      io.stdout(`Code ${change.from} is taken: process ${change.process} gets ${change.to}\n`);
    }
    if (plan.alignmentsAdded.length > 0) {
      io.stdout(`Alignments added: ${plan.alignmentsAdded.map((a) => a.id).join(', ')}\n`);
    }
    if (plan.otherPack !== null) {
      io.stdout(`Note: the bundle refers to ${plan.otherPack}; this workspace uses ${pack}\n`);
    }
    io.stdout(dryRun ? 'Dry run: nothing was written.\n' : `Imported ${name} into ${dir}\n`);
    return EXIT.ok;
  },
};
