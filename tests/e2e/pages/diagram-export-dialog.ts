import { expect, type Locator, type Page } from '@playwright/test';

/** The "Export diagram “name”" dialog, opened from the File menu for the diagram on screen. */
export class DiagramExportDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly exportButton: Locator;
  readonly cancelExport: Locator;
  readonly progress: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    diagramName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Export diagram “${diagramName}”` });
    this.file = this.dialog.getByLabel('File', { exact: true });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
    this.cancelExport = this.dialog.getByRole('button', { name: 'Cancel export' });
    this.progress = this.dialog.getByRole('progressbar', { name: 'Export progress' });
    this.status = this.dialog.getByRole('status');
  }

  /** File > Export diagram… for the diagram on screen, named `diagramName`. */
  static async fromFileMenu(page: Page, diagramName: string): Promise<DiagramExportDialog> {
    const dialog = new DiagramExportDialog(page, diagramName);
    await dialog.open();
    return dialog;
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

  /**
   * Clicks Cancel export the moment the status line first matches `pattern`, from inside the
   * page: main can write a dozen pages in less time than a poll from here and a click take.
   * Resolves with the status it saw.
   */
  async cancelOnStatus(pattern: RegExp, timeout = 120_000): Promise<string> {
    return this.dialog.evaluate(
      (dialog, { source, flags, timeout }) =>
        new Promise<string>((resolve, reject) => {
          const expected = new RegExp(source, flags);
          const check = () => {
            const status = dialog.querySelector('[role="status"]')?.textContent ?? '';
            if (!expected.test(status)) return;
            const cancel = [...dialog.querySelectorAll('button')].find(
              (button) => button.textContent?.trim() === 'Cancel export',
            );
            if (!cancel) return;
            observer.disconnect();
            clearTimeout(timer);
            cancel.click();
            resolve(status);
          };
          const observer = new MutationObserver(check);
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the status never read ${expected} with Cancel export shown`));
          }, timeout);
          observer.observe(dialog, { subtree: true, childList: true, characterData: true });
          check();
        }),
      { source: pattern.source, flags: pattern.flags, timeout },
    );
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
    await this.file.fill(target);
    await this.exportButton.click();
    await expect(this.status).toContainText(target, { timeout: 60_000 });
  }

  /** Exports an SVG in the light theme to the absolute path `target`; waits until written. */
  async exportSvg(target: string): Promise<void> {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: /^SVG\b/ })
      .check();
    await this.file.fill(target);
    await this.exportButton.click();
    await expect(this.status).toContainText(target, { timeout: 60_000 });
  }

  /** PDF of every diagram in one file, on `size` sheets in `orientation`. */
  async chooseWorkspacePdf(size: 'a4' | 'a3', orientation: 'Portrait' | 'Landscape') {
    await this.dialog
      .getByRole('group', { name: 'Format' })
      .getByRole('radio', { name: /^PDF\b/ })
      .check();
    await this.dialog
      .getByRole('group', { name: 'Diagrams' })
      .getByRole('radio', { name: /^All diagrams \(\d+\) in one file, with a contents page$/ })
      .check();
    const pageFields = this.dialog.getByRole('group', { name: 'Page' });
    await pageFields.getByLabel('Size').selectOption(size);
    await pageFields.getByRole('radio', { name: orientation }).check();
  }

  /** Types the target path and waits until the dialog has found it free. */
  async typePath(path: string): Promise<void> {
    await this.file.fill(path);
    await expect(this.dialog.getByText('A new file.')).toBeVisible();
  }
}
