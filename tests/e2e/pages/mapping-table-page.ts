import { expect, type Locator, type Page } from '@playwright/test';

/** The mapping table tab and its dialogs (suggestions, paste, alignment scale, edit). */
export class MappingTablePage {
  readonly panel: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Mapping table' });
    this.grid = this.panel.getByRole('grid', { name: 'Mappings' });
    this.rows = this.grid.locator('.mapping-row');
    this.count = this.panel.locator('.mapping-count');
  }

  /** Opens the table from the View menu. */
  async open(): Promise<void> {
    const bar = this.page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: 'View' }).click();
    await this.page
      .getByRole('menu', { name: 'View' })
      .getByRole('menuitem', { name: 'Mapping table' })
      .click();
    await expect(this.page.getByRole('tab', { name: 'Mappings' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(this.panel).toBeVisible();
  }

  /** Adds one mapping with the add row's type-ahead fields. */
  async add(process: string, target: string, alignment = 'Full'): Promise<void> {
    const form = this.panel.getByRole('form', { name: 'Add a mapping' });
    await form.getByLabel('Company process').fill(process);
    await form.getByLabel('eTOM process').fill(target);
    await form.getByLabel('Alignment').selectOption({ label: alignment });
    await form.getByRole('button', { name: 'Add mapping' }).click();
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }
}
