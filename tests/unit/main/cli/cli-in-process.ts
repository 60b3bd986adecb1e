import { runCli } from '../../../../main/cli/run-cli';

/** What a CLI command run in-process gave: its exit code and everything it printed. */
export interface CliOutcome {
  code: number;
  out: string;
  err: string;
}

/** Runs `etom-studio <argv>` in this process (no child, no tsx) with `env` as its environment. */
export async function cliInProcess(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliOutcome> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    env,
  });
  return { code, out, err };
}
