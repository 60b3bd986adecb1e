import { execFile } from 'node:child_process';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * Settings every git run gets, whatever the repository's own configuration says: a repository
 * handed over by someone else must not make the app run its programs (an fsmonitor hook), ask
 * for a password, or reach a network. The app only reads and writes local history.
 */
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'protocol.allow=never',
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=false',
];

const SAFE_ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
};

export interface GitRunOptions {
  /** Largest output accepted, in bytes (a revision's diagram can be large). */
  maxBuffer?: number;
  /** The git program to run; tests use it to stand for a machine without git. */
  program?: string;
  /** Text written to git's standard input (e.g. the object names `cat-file --batch` reads). */
  input?: string;
}

/** True when git could not be started at all (not installed, or not on the PATH). */
export function isGitMissing(error: unknown): boolean {
  return error instanceof HostFailure && error.error.code === 'UNSUPPORTED';
}

function gitFailure(
  cwd: string,
  args: readonly string[],
  error: Error,
  stderr: string,
): HostFailure {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new HostFailure({
      code: 'UNSUPPORTED',
      message: 'git is not installed (or not on the PATH).',
      file: cwd,
    });
  }
  const said = stderr.trim().split('\n')[0] ?? error.message;
  return new HostFailure({
    code: 'IO_ERROR',
    message: `git ${args[0] ?? ''}: ${said}`,
    file: cwd,
  });
}

function execGit<E extends 'utf8' | 'buffer'>(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions,
  encoding: E,
): Promise<E extends 'utf8' ? string : Buffer> {
  const program = options.program ?? 'git';
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      [...SAFE_CONFIG, ...args],
      {
        cwd,
        env: { ...process.env, ...SAFE_ENV },
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        windowsHide: true,
        encoding,
      },
      (error, stdout, stderr) => {
        if (!error) resolve(stdout as E extends 'utf8' ? string : Buffer);
        else reject(gitFailure(cwd, args, error, String(stderr)));
      },
    );
    // A git that could not start closes its input at once; the failure comes through above.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

/**
 * Runs git in `cwd` with `args` (no shell, so no argument is ever interpreted) and resolves
 * with its standard output. Fails with a HostFailure that says whether git is missing or what
 * git itself answered.
 */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<string> {
  return execGit(cwd, args, options, 'utf8');
}

/** runGit, with git's standard output as bytes (file contents, whose sizes git gives in bytes). */
export function runGitBytes(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<Buffer> {
  return execGit(cwd, args, options, 'buffer');
}
