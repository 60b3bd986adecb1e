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

  /**
   * Selects a connection by clicking its line: the middle, or the point nearest it where the
   * line is not under a node (connections pass under nodes, a selected one too).
   */
  async selectEdge(from: string, to: string): Promise<void> {
    const path = this.edge(from, to).locator('.react-flow__edge-path');
    const middle = await path.evaluate((element) => {
      const line = element as SVGPathElement;
      const matrix = line.getScreenCTM();
      if (!matrix) throw new Error('connection not drawn');
      const edge = line.closest('.react-flow__edge');
      let first: { x: number; y: number } | null = null;
      for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
        const point = line.getPointAtLength(line.getTotalLength() * share);
        const at = { x: point.x * matrix.a + matrix.e, y: point.y * matrix.d + matrix.f };
        first ??= at;
        if (edge?.contains(document.elementFromPoint(at.x, at.y))) return at;
      }
      return first ?? { x: 0, y: 0 };
    });
    await this.page.mouse.click(middle.x, middle.y);
    await expect(this.edge(from, to)).toHaveClass(/selected/);
  }

  /**
   * Drags the grip at one end of a selected connection onto a handle of another node (hovering
   * `hover` first, so its handles show), or to a bare point of the canvas.
   */
  async dragEdgeEnd(
    from: string,
    to: string,
    end: 'source' | 'target',
    onto: Locator | { x: number; y: number },
    hover?: string,
  ): Promise<void> {
    const grip = this.edge(from, to).locator(`.react-flow__edgeupdater-${end}`);
    const start = await this.centre(grip);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 10, start.y + 10, { steps: 4 });
    if (hover) await this.node(hover).hover({ force: true });
    const point = 'x' in onto ? onto : await this.centre(onto);
    await this.page.mouse.move(point.x, point.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Where a node is on screen. */
  async box(label: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(label).boundingBox();
    if (!box) throw new Error(`node ${label} not on screen`);
    return box;
  }
}
