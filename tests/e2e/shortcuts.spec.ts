import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { ACTIONS, MENU_LABELS, type ActionId } from '../../shared/actions/action-list';
import { shortcutsOf, specOf } from '../../shared/actions/menus';
import { formatShortcut } from '../../shared/actions/shortcut';
import { startHost, type RunningHost } from './support/browser-host';
import { writeEditorWorkspace } from './support/editor-workspace';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Every shortcut shown anywhere does what it says. For each action of the list that has a
 * chord, a case sets up a state in which the action can run, presses the chord, and checks
 * what the user would see. An action given a chord without a case here fails the first test.
 */

interface Case {
  /** Brings the editor into a state where the action can run. */
  setup?: () => Promise<void>;
  /** Checks the action's effect after its chord was pressed (and tidies up after itself). */
  effect: () => Promise<void>;
}

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** A chord of the notation as Playwright presses it. */
function keysOf(chord: string): string {
  return chord.replace(/^Mod\+/, `${MOD}+`).replace(/^Mod\+\+$/, `${MOD}++`);
}

let host: RunningHost;
let folder: string;
let page: Page;
let ws: WorkspacePage;

interface DiagramJson {
  nodes: Array<{ id: string; x: number; y: number }>;
}

async function savedNode(id: string): Promise<{ x: number; y: number }> {
  await saveByButton();
  const file = join(folder, 'diagrams', 'order-to-cash.json');
  const diagram = JSON.parse(await readFile(file, 'utf8')) as DiagramJson;
  const node = diagram.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} on disk`);
  return { x: node.x, y: node.y };
}

async function saveByButton(): Promise<void> {
  await ws.header.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ws.status).toHaveText('Saved');
}

/** Adds a note with the toolbar (it comes selected); returns how many notes there are now. */
async function addNote(): Promise<number> {
  const before = await ws.node('Note').count();
  await ws.editor.getByRole('button', { name: 'Add note' }).click();
  await expect(ws.node('Note')).toHaveCount(before + 1);
  await expect(ws.selectionStatus).toHaveText('1 selected');
  return before + 1;
}

/** Clicks an empty part of the canvas: nothing selected, the focus on the canvas. */
async function clickEmptyCanvas(): Promise<void> {
  await ws.canvas.click({ position: { x: 600, y: 520 } });
  await expect(ws.selectionStatus).toHaveCount(0);
}

async function select(label: string): Promise<void> {
  await clickEmptyCanvas();
  await ws.node(label).click();
  await expect(ws.selectionStatus).toHaveText('1 selected');
}

/** A case for the arrow keys: the selected box moves by (dx, dy) on the diagram. */
function nudge(dx: number, dy: number): Case {
  let before = { x: 0, y: 0 };
  return {
    setup: async () => {
      await select('Capture order');
      before = await savedNode('n-capture');
      await ws.node('Capture order').focus();
    },
    effect: async () => {
      await expect(ws.status).toHaveText('Unsaved changes');
      expect(await savedNode('n-capture')).toEqual({ x: before.x + dx, y: before.y + dy });
    },
  };
}

/** A case for zooming in or out: the zoom level moves that way from where it was. */
function zoomCase(direction: 'in' | 'out'): Case {
  let before = 0;
  return {
    setup: async () => {
      await clickEmptyCanvas();
      before = await ws.zoom();
    },
    effect: () =>
      direction === 'in'
        ? expect.poll(() => ws.zoom()).toBeGreaterThan(before)
        : expect.poll(() => ws.zoom()).toBeLessThan(before),
  };
}

const CASES: Partial<Record<ActionId, Case>> = {
  'workspace.new': {
    setup: saveByButton,
    effect: async () => {
      const dialog = page.getByRole('dialog', { name: 'New workspace' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    },
  },
  'workspace.open': {
    setup: saveByButton,
    effect: async () => {
      const dialog = page.getByRole('dialog', { name: 'Open workspace' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    },
  },
  'workspace.save': {
    setup: async () => {
      await addNote();
      await expect(ws.status).toHaveText('Unsaved changes');
    },
    effect: async () => {
      await expect(ws.status).toHaveText('Saved');
      await expect(page).toHaveTitle('Acme Telco — eTOM Studio');
    },
  },
  'workspace.saveAsCopy': {
    effect: async () => {
      const dialog = page.getByRole('dialog', { name: 'Save a copy' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    },
  },
  'edit.undo': {
    setup: async () => {
      await saveByButton();
      await ws.editor.getByRole('button', { name: 'Add box' }).click();
      await expect(ws.node('New box')).toHaveCount(1);
    },
    effect: async () => {
      await expect(ws.node('New box')).toHaveCount(0);
      await expect(ws.status).toHaveText('Saved');
    },
  },
  'edit.redo': {
    setup: async () => {
      await ws.editor.getByRole('button', { name: 'Add box' }).click();
      await ws.header.getByRole('button', { name: 'Undo' }).click();
      await expect(ws.node('New box')).toHaveCount(0);
    },
    effect: async () => {
      await expect(ws.node('New box')).toHaveCount(1);
      await ws.header.getByRole('button', { name: 'Undo' }).click();
      await expect(ws.node('New box')).toHaveCount(0);
    },
  },
  'edit.rename': {
    setup: () => select('Capture order'),
    effect: async () => {
      const field = ws.editor.getByLabel('Box label');
      await expect(field).toBeFocused();
      await field.press('Escape');
      await expect(field).toHaveCount(0);
    },
  },
  'edit.delete': (() => {
    let notes = 0;
    return {
      setup: async () => {
        notes = await addNote();
      },
      effect: async () => {
        await expect(ws.node('Note')).toHaveCount(notes - 1);
        await expect(ws.node('Capture order')).toHaveCount(1);
      },
    };
  })(),
  'edit.selectAll': {
    setup: clickEmptyCanvas,
    // Every node and connection on the diagram (each one a named group).
    effect: async () => {
      const elements = await ws.editor.getByRole('group').count();
      expect(elements).toBeGreaterThanOrEqual(4);
      await expect(ws.selectionStatus).toHaveText(`${elements} selected`);
    },
  },
  'canvas.cancelDrag': {
    setup: async () => {
      await saveByButton();
      const box = (await ws.node('Check credit').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 90, {
        steps: 8,
      });
    },
    effect: async () => {
      await page.mouse.up();
      // The box is back where the drag began, and nothing was recorded.
      await expect(ws.status).toHaveText('Saved');
      const undo = ws.header.getByRole('button', { name: 'Undo' });
      await expect(undo).not.toHaveAttribute('title', /Move elements/);
      expect(await savedNode('n-credit')).toEqual({ x: 420, y: 100 });
    },
  },
  'edit.clearSelection': {
    setup: () => select('Check credit'),
    effect: () => expect(ws.selectionStatus).toHaveCount(0),
  },
  'edit.nudgeLeft': nudge(-1, 0),
  'edit.nudgeRight': nudge(1, 0),
  'edit.nudgeUp': nudge(0, -1),
  'edit.nudgeDown': nudge(0, 1),
  'edit.nudgeLeftFar': nudge(-10, 0),
  'edit.nudgeRightFar': nudge(10, 0),
  'edit.nudgeUpFar': nudge(0, -10),
  'edit.nudgeDownFar': nudge(0, 10),
  'view.commandPalette': {
    effect: async () => {
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(palette).toHaveCount(0);
    },
  },
  'view.zoomIn': zoomCase('in'),
  'view.zoomOut': zoomCase('out'),
  'view.zoomReset': {
    setup: async () => {
      await ws.editor.getByRole('button', { name: 'Zoom In' }).click();
      await expect.poll(() => ws.zoom()).toBeGreaterThan(100);
    },
    effect: () => expect.poll(() => ws.zoom()).toBe(100),
  },
  'view.fit': {
    setup: async () => {
      await ws.editor.getByRole('button', { name: 'Zoom In' }).click();
      await ws.editor.getByRole('button', { name: 'Zoom In' }).click();
      await expect.poll(() => ws.zoom()).toBeGreaterThan(140);
    },
    effect: async () => {
      await expect.poll(() => ws.zoom()).toBeLessThan(140);
      for (const label of ['Capture order', 'Check credit', 'Limits come from finance']) {
        await expect(ws.node(label)).toBeInViewport();
      }
    },
  },
  'help.shortcuts': {
    effect: async () => {
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await help.getByRole('button', { name: 'Close' }).click();
      await expect(help).toHaveCount(0);
    },
  },
  // Editing (i7): clipboard and find. Each case leaves the diagram as it found it.
  'edit.cut': (() => {
    let notes = 0;
    return {
      setup: async () => {
        notes = await addNote();
      },
      effect: async () => {
        await expect(ws.node('Note')).toHaveCount(notes - 1);
        await expect(page.getByText('Cut 1 element')).toBeVisible();
      },
    };
  })(),
  'edit.copy': {
    setup: () => select('Capture order'),
    effect: () => expect(page.getByText('Copied 1 element')).toBeVisible(),
  },
  'edit.paste': {
    setup: async () => {
      await select('Check credit');
      await page.keyboard.press(`${MOD}+c`);
      await expect(page.getByText('Copied 1 element')).toBeVisible();
    },
    effect: async () => {
      await expect(ws.node('Check credit')).toHaveCount(2);
      await expect(ws.selectionStatus).toHaveText('1 selected');
      await page.keyboard.press('Delete');
      await expect(ws.node('Check credit')).toHaveCount(1);
    },
  },
  'edit.duplicate': {
    setup: () => select('Capture order'),
    effect: async () => {
      await expect(ws.node('Capture order')).toHaveCount(2);
      await page.keyboard.press('Delete');
      await expect(ws.node('Capture order')).toHaveCount(1);
    },
  },
  'edit.find': {
    setup: clickEmptyCanvas,
    effect: async () => {
      const field = ws.editor.getByRole('searchbox', { name: 'Find in diagram' });
      await expect(field).toBeFocused();
      await field.fill('credit');
      await expect(ws.editor.getByText('1 of 1')).toBeVisible();
      await field.press('Escape');
      await expect(field).toHaveCount(0);
    },
  },
};

const WITH_CHORDS = ACTIONS.filter((a) => (specOf(a).shortcuts ?? []).length > 0);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  host = await startHost();
  folder = await writeEditorWorkspace();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await host.open(page);
  await new WelcomePage(page).openWorkspace(folder);
  ws = new WorkspacePage(page);
  await ws.showDiagram('Order to Cash');
});

test.afterAll(async () => {
  await page.close();
  await host.stop();
});

test('every action with a shortcut has a case here', () => {
  expect(Object.keys(CASES).sort()).toEqual(WITH_CHORDS.map((a) => a.id).sort());
});

for (const action of WITH_CHORDS) {
  test(`${action.id}: ${(specOf(action).shortcuts ?? []).join(', ')}`, async () => {
    const check = CASES[action.id];
    if (!check) throw new Error(`no case for ${action.id}`);
    const working = shortcutsOf(action, 'browser');
    for (const chord of working) {
      await check.setup?.();
      await page.keyboard.press(keysOf(chord));
      await check.effect();
    }
    // A chord the browser keeps for itself is not shown in the browser mode, anywhere.
    const hidden = (specOf(action).shortcuts ?? []).filter((c) => !working.includes(c));
    for (const chord of hidden) {
      const shown = formatShortcut(chord, 'other');
      const menu = specOf(action).menu;
      if (menu) {
        await page.getByRole('menuitem', { name: MENU_LABELS[menu.menu].label }).click();
        const item = page.getByRole('menuitem', { name: action.label });
        await expect(item).toBeVisible();
        await expect(item).not.toContainText(shown);
        await page.keyboard.press('Escape');
      }
      await page.getByRole('menuitem', { name: 'Help' }).click();
      await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await expect(help).not.toContainText(shown);
      await help.getByRole('button', { name: 'Close' }).click();
    }
  });
}
