import { expect, type Locator, type Page } from '@playwright/test';

/** The "Coverage heat map" tab, opened from the command palette. */
export class HeatMapPage {
  readonly map: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('group', { name: /^Level 0 and level 1 map/ });
    this.details = page.getByRole('complementary', { name: /^Coverage of / });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('Coverage heat map');
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('toolbar', { name: 'Coverage heat map' })).toBeVisible();
  }

  /** A process cell of the map, by its id and name. */
  cell(idAndName: string): Locator {
    return this.map.getByRole('button', { name: idAndName, exact: true });
  }
}
