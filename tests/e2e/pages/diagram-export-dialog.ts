import { expect, type Locator, type Page } from '@playwright/test';

/** The File menu's "Export diagram…" dialog of the diagram on screen. */
export class DiagramExportDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    diagramName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Export diagram “${diagramName}”` });
  }

  /** Opens the dialog from the application menu. */
  async open(): Promise<void> {
    const bar = this.page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: 'File' }).click();
    await this.page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: 'Export diagram…' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  /** Exports a PNG at `scale` in `theme` to the absolute path `target`; waits until written. */
  async exportPng(target: string, scale: 1 | 2 | 3 | 4, theme: 'Light' | 'Dark'): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: /^PNG\b/ })
      .check();
    await this.dialog
      .getByRole('group', { name: 'Theme' })
      .getByRole('radio', { name: theme })
      .check();
    await this.dialog.getByLabel('Scale').selectOption(String(scale));
    await this.dialog.getByLabel('File', { exact: true }).fill(target);
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.dialog.getByRole('status')).toContainText(target, { timeout: 60_000 });
  }
}
