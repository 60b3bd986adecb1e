import { removeLaunchFile, writeLaunchFile } from './launch-file';
import { openInBrowser } from './open-browser';

/**
 * `--open`: opens the launch link in the default browser through the private launch file (see
 * launch-file.ts), and removes that file once a browser has signed in, when opening failed, or
 * when the host stops. When no browser could be opened it says so in one line with the link.
 */
export class LaunchLinkOpener {
  private file: string | null = null;

  constructor(private readonly log: (line: string) => void = console.log) {}

  async open(appDataDir: string, port: number, launchUrl: string): Promise<void> {
    this.file = await writeLaunchFile(appDataDir, port, launchUrl);
    const result = await openInBrowser(this.file);
    if (result.opened) return;
    await this.forget();
    this.log(`No browser could be opened (${result.reason}); open this link by hand: ${launchUrl}`);
  }

  /** Removes the launch file, if any; safe to call more than once. */
  async forget(): Promise<void> {
    const file = this.file;
    this.file = null;
    if (file !== null) await removeLaunchFile(file);
  }
}
