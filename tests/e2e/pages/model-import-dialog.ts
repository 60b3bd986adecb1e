import { expect, type Locator, type Page } from '@playwright/test';

/** File > Import processes from BPMN / ArchiMate…, by role and name. */
export class ModelImportDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import processes from BPMN / ArchiMate' });
    this.file = this.dialog.getByLabel('File path', { exact: true });
    this.preview = this.dialog.getByRole('region', { name: 'Preview' });
  }

  /** Opens it from the in-app File menu. */
  static async fromFileMenu(page: Page): Promise<ModelImportDialog> {
    const bar = page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: 'File' }).click();
    await page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: 'Import processes from BPMN / ArchiMate…' })
      .click();
    const dialog = new ModelImportDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  /** Chooses the format, types the path and reads the file. */
  async read(format: 'BPMN 2.0' | 'ArchiMate exchange file', path: string): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: new RegExp(`^${format}`) })
      .check();
    await this.file.fill(path);
    await this.dialog.getByRole('button', { name: 'Read file' }).click();
  }

  /** "Import N processes", or "Import N processes and M diagrams" when diagrams come too. */
  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d+ processes( and \d+ diagrams?)?$/ });
  }

  /** The option to make the file's diagrams diagrams of the workspace. */
  get diagramsOption(): Locator {
    return this.dialog.getByRole('checkbox', {
      name: "Also create a diagram from each of the file's diagrams",
    });
  }
}
