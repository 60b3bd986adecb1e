import { expect, type Locator, type Page } from '@playwright/test';

/** The welcome screen: new, open and recent workspaces. */
export class WelcomePage {
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.recent = page.getByRole('list', { name: 'Recent workspaces' });
  }

  async createWorkspace(name: string, folder: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New workspace' }).click();
    await this.page.getByLabel('Workspace name').fill(name);
    await this.page.getByLabel('Folder', { exact: true }).fill(folder);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(this.page.getByRole('banner')).toContainText(name);
  }

  /**
   * Creates a workspace choosing its folder with Browse…, i.e. the host's folder picker (the
   * native dialog in Electron, which a spec stubs), and checks the folder it filled in.
   */
  async createWorkspaceByBrowsing(name: string, expectedFolder: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New workspace' }).click();
    await this.page.getByLabel('Workspace name').fill(name);
    await this.page.getByRole('button', { name: 'Browse…' }).click();
    await expect(this.page.getByLabel('Folder', { exact: true })).toHaveValue(expectedFolder);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(this.page.getByRole('banner')).toContainText(name);
  }

  /**
   * Opens a workspace by typing its folder into the in-app folder dialog, and waits until it
   * shows (the welcome page gone), unless told not to.
   */
  async openWorkspace(folder: string, options: { waitForOpen?: boolean } = {}): Promise<void> {
    const welcome = this.page.getByRole('main', { name: 'eTOM Studio' });
    await welcome.getByRole('button', { name: 'Open workspace', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Open workspace' });
    // No wait for the folder browser's first listing: the home folder it suggests never ends up
    // beside a path filled in meanwhile (folder-field-race.spec.ts).
    const field = dialog.getByLabel('Folder', { exact: true });
    await field.fill(folder);
    await expect(field).toHaveValue(folder);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog).toBeHidden();
    if (options.waitForOpen === false) return;
    // A large workspace takes a while to open on a loaded machine.
    await expect(welcome).toBeHidden({ timeout: 30_000 });
  }

  async openRecent(name: string): Promise<void> {
    await this.recent.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  }
}
