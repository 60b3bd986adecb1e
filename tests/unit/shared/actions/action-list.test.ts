import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../../shared/actions/action-list';
import {
  contextMenuActions,
  menuBar,
  shortcutsOf,
  specOf,
  toolbarActions,
} from '../../../../shared/actions/menus';
import { BROWSER_RESERVED, parseShortcut } from '../../../../shared/actions/shortcut';

const specs = ACTIONS.map(specOf);

describe('the action list', () => {
  it('has unique ids in domain.verb form and chords in the notation', () => {
    const ids = specs.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of specs) {
      expect(action.id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      for (const chord of action.shortcuts ?? []) expect(() => parseShortcut(chord)).not.toThrow();
    }
  });

  it('gives a chord to one action only, except Escape: cancel the drag first, else clear', () => {
    const owners = new Map<string, string[]>();
    for (const action of specs) {
      for (const chord of action.shortcuts ?? []) {
        owners.set(chord, [...(owners.get(chord) ?? []), action.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([['Escape', ['canvas.cancelDrag', 'edit.clearSelection']]]);
    // F2 is claimed once (it used to be claimed by two commands).
    expect(owners.get('F2')).toEqual(['edit.rename']);
  });

  it('shows no chord the browser keeps for itself in the browser mode', () => {
    for (const action of specs) {
      for (const chord of shortcutsOf(action, 'browser')) {
        expect(BROWSER_RESERVED.has(chord)).toBe(false);
      }
    }
    const newWorkspace = specs.find((a) => a.id === 'workspace.new');
    expect(newWorkspace && shortcutsOf(newWorkspace, 'electron')).toEqual(['Mod+N']);
    expect(newWorkspace && shortcutsOf(newWorkspace, 'browser')).toEqual([]);
  });

  it('makes every action reachable: a menu, a context menu, a toolbar or its keys', () => {
    for (const action of specs) {
      const reachable =
        action.menu !== undefined ||
        action.contextMenus !== undefined ||
        action.toolbar !== undefined ||
        (action.shortcuts?.length ?? 0) > 0;
      expect(reachable, action.id).toBe(true);
    }
  });

  it('builds menus with one place per slot, in group and order', () => {
    const bar = menuBar();
    expect(bar.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Insert', 'Diagram', 'Help']);
    const places = specs.flatMap((a) =>
      a.menu ? [`${a.menu.menu}/${a.menu.group}/${a.menu.order}`] : [],
    );
    expect(new Set(places).size).toBe(places.length);
    const file = bar[0]!;
    expect(file.groups[0]!.map((a) => a.id)).toEqual(['workspace.new', 'workspace.open']);
    expect(file.groups.flat().map((a) => a.id)).toContain('workspace.close');
  });

  it('builds the context menus and toolbars from the list', () => {
    expect(contextMenuActions('canvas').map((a) => a.id)).toEqual([
      'diagram.addBox',
      'diagram.addNote',
      'diagram.addText',
      'diagram.addGroup',
      'diagram.addLane',
      'edit.paste',
      'edit.selectAll',
      'arrange.layoutRight',
      'view.fit',
      'diagram.export',
      'diagram.copyPng',
      'diagram.copySvg',
      'diagram.history',
    ]);
    // Lock and unlock share a place: only one of them can run for a selection.
    expect(contextMenuActions('node').map((a) => a.id)).toEqual([
      'edit.rename',
      'edit.fitToText',
      'edit.cut',
      'edit.copy',
      'diagram.copyPng',
      'diagram.copySvg',
      'edit.duplicate',
      'arrange.bringForward',
      'arrange.sendBackward',
      'edit.connectSelected',
      'arrange.lock',
      'arrange.unlock',
      'edit.delete',
    ]);
    expect(contextMenuActions('edge').map((a) => a.id)).toEqual(['edge.label', 'edit.delete']);
    expect(toolbarActions('diagram').map((a) => a.id)).toEqual([
      'diagram.addBox',
      'diagram.addNote',
      'diagram.addText',
      'diagram.addGroup',
      'diagram.addLane',
      'diagram.export',
    ]);
    expect(toolbarActions('workspace').map((a) => a.id)).toEqual([
      'edit.undo',
      'edit.redo',
      'workspace.save',
      'workspace.saveAsCopy',
      'workspace.open',
      'workspace.close',
    ]);
  });
});
