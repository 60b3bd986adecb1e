import { expect, type Locator, type Page } from '@playwright/test';

/** The "Company processes" tab, its tree, details, import and delete dialogs, by role and name. */
export class CataloguePanel {
  readonly tree: Locator;
  readonly details: Locator;
  readonly importDialog: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree', { name: 'Company processes' });
    this.details = page.getByRole('complementary', { name: 'Selected process' });
    this.importDialog = page.getByRole('dialog', { name: 'Import company processes' });
  }

  /** Opens the tab from the View menu of the menu bar. */
  async open(): Promise<void> {
    const menubar = this.page.getByRole('menubar', { name: 'Application menu' });
    await menubar.getByRole('menuitem', { name: 'View' }).click();
    await this.page.getByRole('menuitem', { name: 'Company processes' }).click();
    await expect(this.page.getByRole('tab', { name: 'Company processes' })).toBeVisible();
  }

  item(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name });
  }

  /** The tree's rows as `depth:name`, top to bottom (all visible for a small catalogue). */
  async outline(): Promise<string[]> {
    return this.tree.getByRole('treeitem').evaluateAll((rows) =>
      rows
        .map((row) => ({
          top: new DOMMatrix(getComputedStyle(row).transform).m42,
          text: `${row.getAttribute('aria-level')}:${row.querySelector('.catalogue-name')?.textContent ?? ''}`,
        }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.text),
    );
  }

  /** Pastes tab-separated rows into the import dialog and maps its columns as guessed. */
  async importPasted(text: string): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: 'Company processes' })
      .getByRole('button', { name: 'Import…' })
      .click();
    await this.importDialog.getByLabel(/Paste rows/).fill(text);
    await this.importDialog.getByRole('button', { name: 'Use pasted rows' }).click();
  }
}
