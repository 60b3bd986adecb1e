import { expect, type Locator, type Page } from '@playwright/test';

/** The workspace window: header, diagram list, tabs, canvas and status bar. */
export class WorkspacePage {
  readonly header: Locator;
  readonly diagrams: Locator;
  readonly editor: Locator;
  readonly tabs: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.diagrams = page.getByRole('navigation', { name: 'Diagrams' });
    this.editor = page.getByRole('main', { name: 'Diagram editor' });
    this.tabs = page.getByRole('tablist', { name: 'Open tabs' });
    this.status = page.getByRole('contentinfo').getByRole('status');
  }

  async newDiagram(name: string): Promise<void> {
    await this.diagrams.getByRole('button', { name: 'New diagram' }).click();
    await this.page.getByLabel('Diagram name').fill(name);
    await this.page.getByLabel('Diagram name').press('Enter');
    await expect(this.tabs.getByRole('tab', { name, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  /** Shows a diagram by picking it in the diagram list. */
  async showDiagram(name: string): Promise<void> {
    await this.diagrams.getByRole('button', { name, exact: true }).click();
    await expect(this.tabs.getByRole('tab', { name, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  node(label: string): Locator {
    return this.editor.getByRole('group', { name: label, exact: true });
  }

  /** The status bar's "N selected", absent while nothing is selected. */
  get selectionStatus(): Locator {
    return this.page.getByRole('contentinfo').getByText(/^\d+ selected$/);
  }

  /** The canvas's zoom, in percent. */
  async zoom(): Promise<number> {
    const text = await this.editor.getByRole('status', { name: 'Zoom level' }).textContent();
    return Number.parseInt(text ?? '', 10);
  }

  /** The canvas of the diagram on screen (React Flow's application region). */
  get canvas(): Locator {
    return this.editor.getByRole('application', { name: /^Diagram / });
  }

  /** Opens the diagram's context menu by right-clicking an empty point of the canvas. */
  async canvasMenuAt(x: number, y: number): Promise<Locator> {
    await this.canvas.click({ button: 'right', position: { x, y } });
    return this.page.getByRole('menu', { name: 'Diagram actions' });
  }

  /** Adds a box and gives it `label` by double-clicking it and typing. */
  async addBox(label: string): Promise<void> {
    await this.editor.getByRole('button', { name: 'Add box' }).click();
    const box = this.node('New box');
    await expect(box).toBeVisible();
    await box.dblclick();
    const field = this.editor.getByLabel('Box label');
    await field.fill(label);
    await field.press('Enter');
    await expect(this.node(label)).toBeVisible();
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await expect(this.status).toHaveText('Saved');
  }

  async expectUnsaved(): Promise<void> {
    await expect(this.status).toHaveText('Unsaved changes');
    await expect(this.page).toHaveTitle(/^●/);
  }
}
