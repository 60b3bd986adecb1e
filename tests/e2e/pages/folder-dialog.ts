import { expect, type Locator, type Page } from '@playwright/test';

/** The browser mode's in-app folder dialog and its folder browser. */
export class FolderDialog {
  readonly dialog: Locator;
  readonly field: Locator;
  readonly folders: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    title: 'Open workspace' | 'Choose a folder' | 'Save a copy',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.field = this.dialog.getByLabel('Folder', { exact: true });
    this.folders = this.dialog.getByRole('listbox', { name: /^Folders in / });
    this.error = this.dialog.getByRole('alert');
  }

  folder(name: string): Locator {
    return this.folders.getByRole('option', { name, exact: true });
  }

  /** Waits until the browser lists `path` and the field shows it. */
  async expectAt(path: string): Promise<void> {
    await expect(this.folders).toHaveAccessibleName(`Folders in ${path}`);
    await expect(this.field).toHaveValue(path);
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async newFolder(name: string): Promise<void> {
    await this.button('New folder…').click();
    const input = this.dialog.getByLabel('New folder name');
    await input.fill(name);
    await input.press('Enter');
  }
}
