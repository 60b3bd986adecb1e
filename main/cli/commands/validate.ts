import { parseArgs } from 'node:util';
import { createCatalogue, type FrameworkCatalogue } from '../../../shared/etom/catalogue';
import { findUnknownReferences } from '../../../shared/etom/unknown-references';
import { referencedPacks } from '../../../shared/etom/pack-references';
import { HostFailure, type HostError } from '../../../shared/ipc/errors';
import { findBrokenLinks } from '../../../shared/model/broken-links';
import { checkWorkspace, type WorkspaceCheck } from '../../services/workspace/workspace-reader';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from '../cli-io';
import { findPack } from '../find-pack';
import { workspaceRoot } from './processes-workspace';

const HELP = `Usage: validate <workspace>

Reads every file of a workspace as the app opens it (size and nesting limits, JSON, schema,
older versions migrated in memory; nothing is written), past a broken file to the next, so
that every broken file is reported at once. Where all of them read, checks that every
framework reference names a process of its pack, every mapping and company process node a
company process, and every mapping edge a mapping. Prints one line per problem, naming the
file and the place in it, then a summary.

Exit codes: 0 valid, 3 problems found, 1 the folder could not be read, 2 wrong usage.`;

/** Reads the catalogues of the packs `packs`; a pack that cannot be found is left out. */
async function catalogues(
  packs: readonly string[],
  io: CliIo,
): Promise<Map<string, FrameworkCatalogue>> {
  const found = new Map<string, FrameworkCatalogue>();
  for (const pack of packs) {
    try {
      found.set(pack, createCatalogue(await findPack(pack, io)));
    } catch (error) {
      // An unknown pack is a problem of the workspace here, reported where it is named.
      if (!(error instanceof CliUsageError)) throw error;
    }
  }
  return found;
}

/** The lines a file's failure prints: each problem a schema check found, else its message. */
function problemLines(error: HostError): string[] {
  const listed = error.problems ?? [error.message];
  const unlisted = (error.problemCount ?? listed.length) - listed.length;
  return unlisted > 0
    ? [...listed, `${error.file ?? 'the file'}: and ${unlisted} more problems not listed.`]
    : listed;
}

/** How many problems a file's failure holds. */
const problemCount = (error: HostError) => error.problemCount ?? 1;

const plural = (count: number) => `${count} problem${count === 1 ? '' : 's'}`;

/** Prints the files that could not be read, and that the workspace is not valid. */
function printUnreadable(dir: string, failures: readonly HostError[], io: CliIo): number {
  for (const line of failures.flatMap(problemLines)) io.stdout(`${dir}: ${line}\n`);
  const count = failures.reduce((sum, failure) => sum + problemCount(failure), 0);
  io.stdout(`${dir}: not valid (${plural(count)})\n`);
  return EXIT.invalid;
}

export const validateCommand: CliCommand = {
  path: ['validate'],
  summary: 'Check every file of a workspace (exit code 3 and one line per problem)',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const [dir] = positionals;
    if (dir === undefined || positionals.length > 1) {
      throw new CliUsageError('give one workspace folder');
    }
    const root = await workspaceRoot(dir);
    let check: WorkspaceCheck;
    try {
      check = await checkWorkspace(root);
    } catch (error) {
      // Without a readable workspace.json nothing else can be read as the app reads it.
      if (!(error instanceof HostFailure) || error.error.code === 'IO_ERROR') throw error;
      return printUnreadable(dir, [error.error], io);
    }
    const { loaded } = check;
    // A broken processes, mappings or scope file: every file that failed, but no references.
    if (loaded === null)
      return printUnreadable(dir, [...check.failures, ...check.problems.values()], io);
    const unreadable = [...loaded.problems.values()];
    const problems = unreadable.flatMap(problemLines);
    // Each file's problems, those beyond the listed ones too, and each reference's below.
    let count = unreadable.reduce((sum, each) => sum + problemCount(each), 0);
    const { document } = loaded;
    const packs = [document.workspace.framework.pack, ...referencedPacks(document)];
    const found = await catalogues([...new Set(packs)], io);
    if (!found.has(document.workspace.framework.pack)) {
      problems.push(
        `workspace.json, framework.pack: framework pack "${document.workspace.framework.pack}" is not available`,
      );
      count += 1;
    }
    const references = [
      ...findUnknownReferences(document, (pack) => found.get(pack)),
      ...findBrokenLinks(document),
    ];
    for (const reference of references) {
      problems.push(`${reference.file}, ${reference.jsonPath}: ${reference.message}`);
      count += 1;
    }
    for (const problem of problems) io.stdout(`${dir}: ${problem}\n`);
    if (loaded.readOnly !== null) io.stdout(`${dir}: note: ${loaded.readOnly}\n`);
    const counts = `${document.diagrams.length + loaded.problems.size} diagrams, ${document.processes.processes.length} processes, ${document.mappings.mappings.length} mappings`;
    if (count > 0) {
      io.stdout(`${dir}: not valid (${plural(count)}; ${counts})\n`);
      return EXIT.invalid;
    }
    io.stdout(`${dir}: valid (${counts})\n`);
    return EXIT.ok;
  },
};
