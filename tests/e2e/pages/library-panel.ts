import { expect, type Locator, type Page } from '@playwright/test';
import { WelcomePage } from './welcome-page';
import { WorkspacePage } from './workspace-page';

/** Creates a workspace in `folder` from the welcome screen and adds a diagram named `diagram`. */
export async function newWorkspaceWithDiagram(page: Page, folder: string, diagram: string) {
  await new WelcomePage(page).createWorkspace('Library e2e', folder);
  await new WorkspacePage(page).newDiagram(diagram);
}

/** The framework library, the details panel, the map tab and the canvas, by role and name. */
export class LibraryPanel {
  readonly root: Locator;
  readonly search: Locator;
  readonly results: Locator;
  readonly tree: Locator;
  readonly details: Locator;
  readonly packSelect: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Framework library' });
    this.search = this.root.getByLabel('Search processes');
    this.results = this.root.getByRole('list', { name: 'Search results' });
    this.tree = this.root.getByRole('tree', { name: 'Framework processes' });
    this.details = page.getByRole('region', { name: 'Process details' });
    this.packSelect = this.root.getByLabel('Framework pack');
  }

  /** A search result by its id and name, e.g. `1.3.3 Customer Order Processing Management`. */
  result(name: string | RegExp): Locator {
    return this.results.getByRole('button', { name });
  }

  treeItem(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name });
  }

  async find(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.results.getByRole('button').first()).toBeVisible();
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('');
    await expect(this.tree).toBeVisible();
  }

  async addSelectedToDiagram(): Promise<void> {
    await this.details.getByRole('button', { name: 'Add to diagram' }).click();
  }

  /** The React Flow surface of a diagram (its accessible name is "Diagram <name>"). */
  canvas(diagram: string): Locator {
    return this.page.getByLabel(`Diagram ${diagram}`, { exact: true });
  }

  async dragOntoCanvas(source: Locator, diagram: string, at: { x: number; y: number }) {
    await source.dragTo(this.canvas(diagram), { targetPosition: at });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  // The framework map tab.
  async openMap(): Promise<FrameworkMap> {
    await this.root.getByRole('button', { name: 'Framework map' }).click();
    const map = new FrameworkMap(this.page);
    await expect(map.tab).toHaveAttribute('aria-selected', 'true');
    return map;
  }
}

export class FrameworkMap {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly breadcrumbs: Locator;
  readonly scheme: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Framework map' });
    this.panel = page.getByRole('tabpanel', { name: 'Framework map' });
    this.breadcrumbs = this.panel.getByRole('navigation', { name: 'Breadcrumbs' });
    this.scheme = this.panel.getByLabel('Scheme', { exact: true });
  }

  /** The level-0/level-1 grid (absent while drilled in). */
  get overview(): Locator {
    return this.panel.getByRole('group', { name: /^Level 0 and level 1 map/ });
  }

  process(name: string | RegExp): Locator {
    return this.panel.getByRole('button', { name }).first();
  }

  drilledList(name: string): Locator {
    return this.panel.getByRole('list', { name: `Processes in ${name}` });
  }
}
