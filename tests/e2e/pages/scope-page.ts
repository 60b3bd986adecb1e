import { expect, type Locator, type Page } from '@playwright/test';

/** Runs an action by its label from the command palette. */
export async function runFromPalette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(label);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/** The "Scope (L2)" tab: the L2 processes with their scope, edited in place. */
export class ScopeListPage {
  readonly table: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'L2 processes and their scope' });
    this.toolbar = page.getByRole('toolbar', { name: 'Scope list' });
  }

  async open(): Promise<void> {
    await runFromPalette(this.page, 'Scope (L2 list)');
    await expect(this.table).toBeVisible();
  }

  /** A process's row, by its id. */
  row(id: string): Locator {
    return this.table.locator(`tr[data-id="${id}"]`);
  }

  status(id: string): Locator {
    return this.table.getByRole('combobox', { name: `Scope of ${id}`, exact: true });
  }

  review(id: string): Locator {
    return this.table.getByRole('combobox', { name: `Review of ${id}`, exact: true });
  }

  reason(id: string): Locator {
    return this.table.getByRole('textbox', { name: `Reason for ${id}`, exact: true });
  }
}

/** The "Set scope of domains" dialog. */
export class BulkScopeDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Set scope of domains' });
  }

  domain(name: RegExp): Locator {
    return this.dialog.getByRole('checkbox', { name });
  }
}

/** The "Coverage" tab: gaps, overlaps and extensions. */
export class CoverageListsPage {
  readonly gaps: Locator;
  readonly overlaps: Locator;
  readonly extensions: Locator;

  constructor(readonly page: Page) {
    this.gaps = page.getByRole('region', { name: /^Gaps/ });
    this.overlaps = page.getByRole('region', { name: /^Overlaps/ });
    this.extensions = page.getByRole('region', { name: /^Extensions/ });
  }

  async open(): Promise<void> {
    await runFromPalette(this.page, 'Coverage: gaps, overlaps, extensions');
    await expect(this.gaps).toBeVisible();
  }

  /** The count a list shows beside its heading. */
  async count(list: Locator): Promise<number> {
    return Number(await list.locator('.coverage-count').textContent());
  }
}
