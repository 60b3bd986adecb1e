import { expect, type Locator, type Page } from '@playwright/test';

/** "Unsaved changes found": the journal's offer when a workspace opens after a crash. */
export class RecoveryDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Unsaved changes found' });
  }

  async restore(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
