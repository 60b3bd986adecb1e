import { expect, type Locator, type Page } from '@playwright/test';

/** The notice a workspace shows while another instance has it open for editing. */
export class LockNotice {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Read-only workspace' });
  }

  /** Takes the workspace over, answering the confirmation; the notice then goes. */
  async takeOver(expectedQuestion: RegExp): Promise<void> {
    await this.region.getByRole('button', { name: 'Take over…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Take over this workspace?' });
    await expect(dialog).toContainText(expectedQuestion);
    await dialog.getByRole('button', { name: 'Take over', exact: true }).click();
    await expect(this.region).toBeHidden();
  }
}
