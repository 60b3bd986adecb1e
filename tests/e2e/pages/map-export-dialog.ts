import { expect, type Locator, type Page } from '@playwright/test';

/** The "Export framework map" (or "Export heat map") dialog, opened from a map's toolbar. */
export class MapExportDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly exportButton: Locator;
  readonly replace: Locator;

  constructor(
    readonly page: Page,
    name = 'Export framework map',
  ) {
    this.dialog = page.getByRole('dialog', { name });
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

  /** Opens the dialog with the "Export map…" button of the heat map tab's toolbar. */
  static async openHeatMap(page: Page): Promise<MapExportDialog> {
    const toolbar = page.getByRole('toolbar', { name: 'Coverage heat map' });
    await toolbar.getByRole('button', { name: 'Export map…' }).click();
    const dialog = new MapExportDialog(page, 'Export heat map');
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  /** A PNG's scale (1-4) and background. */
  async choosePng(scale: 1 | 2 | 3 | 4, transparent: boolean): Promise<void> {
    const image = this.dialog.getByRole('group', { name: 'Image' });
    await image.getByLabel('Scale').selectOption({ label: `${scale}×` });
    await image.getByRole('checkbox', { name: 'Transparent background' }).setChecked(transparent);
  }

  async chooseFormat(format: 'SVG' | 'PNG' | 'PDF'): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: new RegExp(`^${format}\\b`) })
      .check();
  }

  /** The PDF page: size (its option's label) and, for a sheet, orientation. */
  async choosePage(size: 'Drawing size' | 'A4' | 'A3', orientation?: 'Portrait' | 'Landscape') {
    const page = this.dialog.getByRole('group', { name: 'Page' });
    await page.getByLabel('Size').selectOption({ label: size });
    if (orientation !== undefined) await page.getByRole('radio', { name: orientation }).check();
  }

  /** Types the path and waits until the dialog has checked it. */
  async typePath(path: string): Promise<void> {
    await this.file.fill(path);
    await expect(this.file).not.toHaveAccessibleDescription('Checking…');
  }

  /**
   * Exports and waits for "Saved to <path>" (up to `timeout` ms: a PDF of the whole map takes
   * seconds on a loaded machine, shaping every label with the font's tables).
   */
  async exportTo(path: string, timeout?: number): Promise<void> {
    await this.typePath(path);
    await expect(this.exportButton).toBeEnabled();
    await this.exportButton.click();
    await expect(this.dialog.getByRole('status')).toContainText(
      `Saved to ${path}`,
      timeout === undefined ? {} : { timeout },
    );
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
