import { HostFailure } from '../../shared/ipc/errors';
import { CliUsageError, EXIT, type CliCommand, type CliIo } from './cli-io';
import { frameworkListCommand } from './commands/framework-list';
import { suggestCommand } from './commands/suggest';
import { coverageCommand } from './commands/coverage';
import { reportCommand } from './commands/report';
import { processesExportCommand } from './commands/processes-export';
import { processesImportCommand } from './commands/processes-import';
import { bundleExportCommand } from './commands/bundle-export';
import { bundleImportCommand } from './commands/bundle-import';
import { mergeDriverCommand } from './commands/merge-driver';
import { gitSetupCommand } from './commands/git-setup';
import { diffCommand } from './commands/diff';
import { modelImportCommand } from './commands/model-import';
import { validateCommand } from './commands/validate';
import { exportCommand } from './commands/export';

/** Every command, in the order `--help` lists them. Add new ones here. */
export const COMMANDS: readonly CliCommand[] = [
  frameworkListCommand,
  suggestCommand,
  coverageCommand,
  reportCommand,
  processesImportCommand,
  processesExportCommand,
  bundleExportCommand,
  bundleImportCommand,
  modelImportCommand,
  diffCommand,
  gitSetupCommand,
  mergeDriverCommand,
  validateCommand,
  exportCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.path.join(' ').length));
  return [
    'Usage: etom-studio <command> [options]   (npm run cli -- <command> [options])',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.path.join(' ').padEnd(width)}  ${command.summary}`),
    '',
    'Run a command with --help for its options.',
    '',
  ].join('\n');
}

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h';

/**
 * Runs one command line and returns the exit code: 0 done, 1 failed, 2 wrong usage
 * (unknown command, bad option, unknown pack), 3 invalid input (`validate`). Errors go to stderr as one readable line.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0) {
    io.stderr(usage());
    return EXIT.usage;
  }
  if (argv.length === 1 && isHelp(argv[0] ?? '')) {
    io.stdout(usage());
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) =>
    candidate.path.every((word, index) => argv[index] === word),
  );
  if (command === undefined) {
    io.stderr(`error: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const args = argv.slice(command.path.length);
  if (args.some(isHelp)) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (
      error instanceof CliUsageError ||
      (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      io.stderr(
        `error: ${(error as Error).message}\nRun "${command.path.join(' ')} --help" for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof HostFailure) {
      io.stderr(`error: ${error.error.message}\n`);
      return EXIT.failed;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
