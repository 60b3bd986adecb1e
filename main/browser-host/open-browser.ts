import { spawn } from 'node:child_process';

/** How long the opener may run before it counts as having started a browser. */
export const OPENER_WAIT_MS = 5_000;

export type OpenResult = { opened: true } | { opened: false; reason: string };

/** The operating system's opener for a file or URL, as a command and its arguments. */
function openerCommand(target: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [target]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', target]];
  return ['xdg-open', [target]];
}

/**
 * Asks the operating system to open `target` (a file or URL) in the default browser and says
 * whether that worked. An opener that is missing or exits with an error (xdg-open answers 3 on
 * a machine with no browser or no desktop) did not open anything; one still running after
 * `waitMs` has started a browser in the foreground (xdg-open waits for some browsers to exit).
 * Anyone can read a process's command line (`ps`), so `target` must carry no secret.
 */
export function openInBrowser(
  target: string,
  platform: NodeJS.Platform = process.platform,
  waitMs: number = OPENER_WAIT_MS,
): Promise<OpenResult> {
  const [command, args] = openerCommand(target, platform);
  return new Promise((resolveOpen) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = (result: OpenResult): void => {
      clearTimeout(timer);
      resolveOpen(result);
    };
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', (error: NodeJS.ErrnoException) =>
        settle({
          opened: false,
          reason: error.code === 'ENOENT' ? `${command} is not installed` : error.message,
        }),
      );
      child.once('exit', (code, signal) =>
        settle(
          code === 0
            ? { opened: true }
            : {
                opened: false,
                reason: `${command} ${signal ? `ended by ${signal}` : `exited with ${code}`}`,
              },
        ),
      );
      child.once('spawn', () => {
        timer = setTimeout(() => {
          child.unref();
          settle({ opened: true });
        }, waitMs);
      });
    } catch (error) {
      settle({ opened: false, reason: error instanceof Error ? error.message : String(error) });
    }
  });
}
