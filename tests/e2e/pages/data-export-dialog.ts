import { expect, type Locator, type Page } from '@playwright/test';

/** The export dialogs of the report, the coverage and the mapping table. */
export class DataExportDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly exportButton: Locator;

  constructor(
    readonly page: Page,
    title: 'Export alignment report' | 'Export coverage' | 'Export mapping table',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.file = this.dialog.getByLabel('File', { exact: true });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
  }

  /** Opens it from the in-app File menu. */
  static async fromFileMenu(
    page: Page,
    item: 'Export report…' | 'Export coverage…' | 'Export mapping table…',
    title: 'Export alignment report' | 'Export coverage' | 'Export mapping table',
  ): Promise<DataExportDialog> {
    const bar = page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
    const dialog = new DataExportDialog(page, title);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async chooseFormat(format: 'HTML' | 'XLSX' | 'CSV' | 'JSON'): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: new RegExp(`^${format}\\b`) })
      .check();
  }

  /** Types the path, exports, waits for "Saved ... to <path>" and closes. */
  async exportTo(path: string): Promise<void> {
    await this.file.fill(path);
    await expect(this.file).not.toHaveAccessibleDescription('Checking…');
    await expect(this.exportButton).toBeEnabled();
    await this.exportButton.click();
    await expect(this.dialog.getByRole('status')).toContainText(`to ${path}`);
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
