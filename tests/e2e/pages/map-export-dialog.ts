import { expect, type Locator, type Page } from '@playwright/test';

/** The "Export framework map" dialog, opened from the map tab's toolbar. */
export class MapExportDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly exportButton: Locator;
  readonly replace: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export framework map' });
    this.file = this.dialog.getByLabel('File', { exact: true });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
    this.replace = this.dialog.getByRole('checkbox', { name: 'Replace the existing file' });
  }

  /** Opens the dialog with the toolbar's "Export map…" button of the map panel. */
  static async open(page: Page): Promise<MapExportDialog> {
    const panel = page.getByRole('tabpanel', { name: 'Framework map' });
    await panel.getByRole('button', { name: 'Export map…' }).click();
    const dialog = new MapExportDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async chooseFormat(format: 'SVG' | 'PNG'): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: new RegExp(`^${format}\\b`) })
      .check();
  }

  /** Types the path and waits until the dialog has checked it. */
  async typePath(path: string): Promise<void> {
    await this.file.fill(path);
    await expect(this.file).not.toHaveAccessibleDescription('Checking…');
  }

  /** Exports and waits for "Saved to <path>". */
  async exportTo(path: string): Promise<void> {
    await this.typePath(path);
    await expect(this.exportButton).toBeEnabled();
    await this.exportButton.click();
    await expect(this.dialog.getByRole('status')).toContainText(`Saved to ${path}`);
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
