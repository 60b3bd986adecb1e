/** Where a command writes; the entry passes the process streams, tests may pass buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * Exit codes: 0 done, 1 the command failed, 2 the command line was wrong, 3 the input was read
 * but is not valid (`validate` found problems).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, invalid: 3 } as const;

/** A mistake in the command line: printed with a hint to `--help`, exit code 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** One command of the CLI, e.g. `framework list`. */
export interface CliCommand {
  /** The words that select it, e.g. `['framework', 'list']`. */
  path: readonly string[];
  summary: string;
  /** The full help text, shown for `<command> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}
