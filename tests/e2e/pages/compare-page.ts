import { expect, type Locator, type Page } from '@playwright/test';

/** "Compare with…", a diagram's "History…" and the read-only compare tab they open. */
export class ComparePage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Compare with…' });
  }

  /** Runs an item of a menu of the in-app menu bar ("File" > "Compare with…"). */
  async menu(menu: string, item: string): Promise<void> {
    const bar = this.page.getByRole('menubar', { name: 'Application menu' });
    await bar.getByRole('menuitem', { name: menu }).click();
    await this.page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
  }

  /** Opens File > Compare with… and waits until it knows whether git is there. */
  async openDialog(): Promise<void> {
    await this.menu('File', 'Compare with…');
    await expect(this.dialog.getByRole('status')).not.toHaveText('Looking for git…');
  }

  /** The compare tab whose other side is named `label` (a folder, or "main (1a2b3c4)"). */
  view(label: string | RegExp): Locator {
    return this.page.getByRole('region', {
      name: typeof label === 'string' ? `Compare with ${label}` : label,
    });
  }

  /** The compare tab on screen, whatever its other side. */
  get anyView(): Locator {
    return this.page.getByRole('region', { name: /^Compare with / });
  }

  /** The diagram pane's list of changes, one button per change. */
  get changes(): Locator {
    return this.anyView.getByRole('list', { name: 'Changes' }).getByRole('button');
  }

  /** Shows one of the compare tab's views: Diagrams, Mappings, Coverage, Heat map. */
  async pane(name: string | RegExp): Promise<void> {
    const tab = this.anyView.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** A process cell of the compare tab's heat map, by its id and name. */
  mapCell(idAndName: string): Locator {
    return this.anyView
      .getByRole('group', { name: /^Level 0 and level 1 map/ })
      .getByRole('button', { name: idAndName, exact: true });
  }

  async exit(): Promise<void> {
    await this.anyView.getByRole('button', { name: 'Exit compare' }).click();
    await expect(this.anyView).toBeHidden();
  }
}
