import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS } from '../../../../shared/actions/action-list';
import { menuActionIds, specOf } from '../../../../shared/actions/menus';
import { toAccelerator } from '../../../../shared/actions/shortcut';

// The Electron binary cannot run here: its Menu is the one seam stood in for.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { applyMenuState, menuTemplate } = await import('../../../../main/electron/menu');

type Item = MenuItemConstructorOptions;

function items(template: Item[]): Item[] {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
}

describe('the native menu', () => {
  it('is built from the action list: every menu action, its label and its first chord', () => {
    const sent: string[] = [];
    const template = menuTemplate((id) => sent.push(id), { isMac: false, devTools: false });
    expect(template.map((m) => m.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Insert',
      '&Diagram',
      '&Help',
    ]);
    const actionItems = items(template).filter((item) => item.id !== undefined);
    expect(actionItems.map((i) => i.id)).toEqual(menuActionIds());
    for (const item of actionItems) {
      const action = specOf(ACTIONS.find((a) => a.id === item.id)!);
      expect(item.label).toBe(action.label);
      const first = action.shortcuts?.[0];
      expect(item.accelerator).toBe(first ? toAccelerator(first) : undefined);
      // The renderer handles the keys in both hosts: the accelerator is a label only.
      if (first) expect(item.registerAccelerator).toBe(false);
      (item.click as () => void)();
    }
    expect(sent).toEqual(menuActionIds());
  });

  it('shows no shortcut that does nothing: no Ctrl+W, fit is Shift+1, the palette works', () => {
    const all = items(menuTemplate(() => undefined, { isMac: false, devTools: false }));
    const accelerators = all.map((i) => i.accelerator).filter(Boolean);
    expect(accelerators).not.toContain('CmdOrCtrl+W');
    expect(all.find((i) => i.id === 'view.fit')?.accelerator).toBe('Shift+1');
    expect(all.find((i) => i.id === 'view.commandPalette')?.accelerator).toBe('CmdOrCtrl+K');
    // Every item with a label and no role is an action the renderer knows.
    for (const item of all) {
      if (item.type === 'separator' || item.role) continue;
      expect(menuActionIds() as Array<string | undefined>).toContain(item.id);
    }
  });

  it('adds the app menu and the text-field clipboard on macOS, Quit elsewhere', () => {
    const mac = menuTemplate(() => undefined, { isMac: true, devTools: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(
      items(mac)
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['cut', 'copy', 'paste', 'toggleDevTools']);
    const other = menuTemplate(() => undefined, { isMac: false, devTools: false });
    expect(
      items(other)
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['quit']);
  });

  it('greys out every menu action the renderer did not report as enabled', () => {
    const state = new Map<string, { enabled: boolean }>(
      menuActionIds().map((id) => [id, { enabled: true }]),
    );
    const menu = { getMenuItemById: (id: string) => state.get(id) ?? null };
    applyMenuState(menu, ['workspace.save', 'not.an-action']);
    expect([...state].filter(([, item]) => item.enabled).map(([id]) => id)).toEqual([
      'workspace.save',
    ]);
  });
});
