import { expect, type Locator, type Page } from '@playwright/test';

type Side = 'top' | 'right' | 'bottom' | 'left';

/** What is drawn on a diagram: nodes by accessible name, their handles, connections. */
export class DiagramCanvas {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('main', { name: 'Diagram editor' });
  }

  get flow(): Locator {
    return this.editor.getByRole('application', { name: /^Diagram / });
  }

  node(label: string): Locator {
    return this.editor.getByRole('group', { name: label, exact: true });
  }

  /** The handle on one side of a node (shown while the node is hovered or selected). */
  handle(label: string, side: Side): Locator {
    return this.node(label).locator(`.react-flow__handle.handle-${side}`);
  }

  /** A connection by its accessible name, "Connection from A to B". */
  edge(from: string, to: string): Locator {
    return this.editor.getByRole('group', { name: `Connection from ${from} to ${to}` });
  }

  /** Runs a toolbar button of the diagram ("Add lane", "Add note"...). */
  async tool(name: string): Promise<void> {
    await this.editor.getByRole('button', { name, exact: true }).click();
  }

  /** Double-clicks a node and types its new text into the field `field`. */
  async rename(label: string, field: string, text: string, on?: Locator): Promise<void> {
    await (on ?? this.node(label)).dblclick();
    const input = this.editor.getByRole('textbox', { name: field, exact: true });
    await input.fill(text);
    await input.press(field === 'Note text' || field === 'Free text' ? 'Control+Enter' : 'Enter');
    await expect(this.node(text)).toBeVisible();
  }

  private async centre(target: Locator): Promise<{ x: number; y: number }> {
    const box = await target.boundingBox();
    if (!box) throw new Error('element not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags with the mouse from the centre of one element to a point, in small steps. */
  async dragTo(from: Locator, to: { x: number; y: number }): Promise<void> {
    const start = await this.centre(from);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Draws a connection from one node's side to another's, by mouse. */
  async connect(from: string, fromSide: Side, to: string, toSide: Side): Promise<void> {
    await this.node(from).hover();
    const start = await this.centre(this.handle(from, fromSide));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.node(to).hover({ force: true });
    const end = await this.centre(this.handle(to, toSide));
    await this.page.mouse.move(end.x, end.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Where a node is on screen. */
  async box(label: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(label).boundingBox();
    if (!box) throw new Error(`node ${label} not on screen`);
    return box;
  }
}
