import { expect, type Locator, type Page } from '@playwright/test';

/** The merge banner, the "Merge conflicts" tab and the status bar's git item. */
export class MergePage {
  readonly banner: Locator;
  readonly view: Locator;
  readonly git: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('region', { name: 'Merge conflicts to resolve' });
    this.view = page.getByRole('region', { name: 'Merge conflicts', exact: true });
    this.git = page.getByRole('contentinfo').getByLabel('Git');
  }

  async open(): Promise<void> {
    await this.banner.getByRole('button', { name: 'Resolve conflicts…' }).click();
    await expect(this.view).toBeVisible();
  }

  /** The card of one conflict, by the element and field it names. */
  conflict(name: string | RegExp): Locator {
    return this.view.getByRole('listitem', { name });
  }
}
