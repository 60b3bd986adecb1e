import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a File menu item of the in-app menu bar. */
async function fileMenu(page: Page, item: string): Promise<void> {
  const bar = page.getByRole('menubar', { name: 'Application menu' });
  await bar.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

/** File > Export diagrams as bundle…: which diagrams, which file. */
export class ExportBundleDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export diagrams as bundle' });
    this.file = this.dialog.getByLabel('File', { exact: true });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
  }

  static async fromFileMenu(page: Page): Promise<ExportBundleDialog> {
    await fileMenu(page, 'Export diagrams as bundle…');
    const dialog = new ExportBundleDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  diagram(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }

  allDiagrams(): Locator {
    return this.dialog.getByRole('checkbox', { name: /^All diagrams/ });
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

/** File > Import bundle…: the file, the preview, a choice per clash, Import. */
export class ImportBundleDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly preview: Locator;
  readonly clashes: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import bundle' });
    this.file = this.dialog.getByLabel('Bundle file');
    this.preview = this.dialog.getByRole('region', { name: 'Bundle preview' });
    this.clashes = this.preview.getByRole('table');
    this.importButton = this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  static async fromFileMenu(page: Page): Promise<ImportBundleDialog> {
    await fileMenu(page, 'Import bundle…');
    const dialog = new ImportBundleDialog(page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  async read(path: string): Promise<void> {
    await this.file.fill(path);
    await this.dialog.getByRole('button', { name: 'Read' }).click();
  }

  /** The counts the preview shows: diagrams, company processes, mappings, framework references. */
  counts(): Locator {
    return this.preview.getByRole('definition');
  }

  async choose(kind: string, id: string, choice: 'Keep both' | 'Replace' | 'Skip') {
    await this.clashes.getByLabel(`Choice for ${kind} ${id}`).selectOption({ label: choice });
  }
}
