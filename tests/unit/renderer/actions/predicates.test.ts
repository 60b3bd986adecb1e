import { describe, expect, it } from 'vitest';
import { ACTIONS, type ActionId } from '../../../../shared/actions/action-list';
import { WORKSPACE_STACK, createHistory, execute, undo } from '../../../../shared/commands/history';
import type { ActionContext } from '../../../../renderer/actions/context';
import { ACTION_HANDLERS } from '../../../../renderer/actions/registry';
import { EMPTY_SELECTION, selectionOf } from '../../../../renderer/state/selection';
import { MAP_TAB, diagramTab } from '../../../../renderer/state/tabs';
import { A, AB, B, C, D1, sampleDocument } from '../../shared/commands/fixture';

const document = sampleDocument();
const diagram = document.diagrams[0]!;

/** A workspace open on diagram D1 (box A, note B, framework node C), nothing selected. */
function ctx(over: Partial<ActionContext> = {}): ActionContext {
  return {
    platform: 'other',
    host: 'browser',
    modal: false,
    dragging: false,
    workspaceOpen: true,
    readOnly: null,
    saving: false,
    history: createHistory(document),
    activeTab: diagramTab(D1),
    diagram,
    selection: EMPTY_SELECTION,
    undoStacks: [D1, WORKSPACE_STACK],
    at: null,
    ...over,
  };
}

const welcome = ctx({
  workspaceOpen: false,
  history: null,
  activeTab: null,
  diagram: null,
  undoStacks: [WORKSPACE_STACK],
});
const onMap = ctx({ activeTab: MAP_TAB, diagram: null, undoStacks: [WORKSPACE_STACK] });
const readOnly = (over: Partial<ActionContext> = {}) => ctx({ readOnly: 'newer version', ...over });
const box = selectionOf([A]);
const framework = selectionOf([C]);
const moved = execute(createHistory(document), {
  name: 'element.move',
  args: { diagramId: D1, moves: [{ id: A, x: 5, y: 5 }] },
});
const nudge = { enabled: ctx({ selection: box }), disabled: [ctx(), readOnly({ selection: box })] };
const all3 = selectionOf([A, B, C]);
const two = selectionOf([A, B]);
/** D1 with box A locked. */
const lockedA = {
  ...diagram,
  nodes: diagram.nodes.map((n) => (n.id === A ? { ...n, locked: true as const } : n)),
};
const align = {
  enabled: ctx({ selection: two }),
  disabled: [
    ctx({ selection: box }),
    readOnly({ selection: two }),
    ctx({ diagram: lockedA, selection: two }),
  ],
};
const distribute = {
  enabled: ctx({ selection: all3 }),
  disabled: [ctx({ selection: two }), ctx({ diagram: lockedA, selection: all3 })],
};
const layout = { enabled: ctx(), disabled: [readOnly(), onMap, ctx({ dragging: true })] };

/** For every action: a context where it can run, and contexts where it cannot. */
const CASES: Record<ActionId, { enabled: ActionContext; disabled: ActionContext[] }> = {
  'workspace.new': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'workspace.open': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'workspace.save': {
    enabled: ctx(),
    disabled: [welcome, readOnly(), ctx({ saving: true })],
  },
  'workspace.saveAsCopy': { enabled: readOnly(), disabled: [welcome] },
  'library.importWorkbook': { enabled: onMap, disabled: [welcome] },
  'tab.close': { enabled: onMap, disabled: [ctx({ activeTab: null, diagram: null })] },
  'workspace.close': { enabled: readOnly(), disabled: [welcome] },
  'edit.undo': {
    enabled: ctx({ history: moved }),
    disabled: [ctx(), readOnly({ history: moved })],
  },
  'edit.redo': {
    enabled: ctx({ history: undo(moved, [D1, WORKSPACE_STACK]) }),
    disabled: [ctx({ history: moved })],
  },
  // On an eTOM process too: Rename then says why its name is its pack's.
  'edit.rename': {
    enabled: ctx({ selection: framework }),
    disabled: [ctx(), readOnly({ selection: box }), ctx({ selection: selectionOf([A, B]) })],
  },
  'edge.label': {
    enabled: ctx({ selection: selectionOf([], [AB]) }),
    disabled: [
      ctx({ selection: selectionOf([A], [AB]) }),
      readOnly({ selection: selectionOf([], [AB]) }),
    ],
  },
  'edit.delete': {
    enabled: ctx({ selection: selectionOf([], [AB]) }),
    disabled: [ctx(), readOnly({ selection: box }), onMap],
  },
  'edit.selectAll': { enabled: readOnly(), disabled: [onMap, welcome] },
  'canvas.cancelDrag': { enabled: ctx({ dragging: true }), disabled: [ctx({ selection: box })] },
  'edit.clearSelection': {
    enabled: ctx({ selection: box }),
    disabled: [ctx(), ctx({ selection: box, dragging: true })],
  },
  'edit.nudgeLeft': nudge,
  'edit.nudgeRight': nudge,
  'edit.nudgeUp': nudge,
  'edit.nudgeDown': nudge,
  'edit.nudgeLeftFar': nudge,
  'edit.nudgeRightFar': nudge,
  'edit.nudgeUpFar': nudge,
  'edit.nudgeDownFar': nudge,
  'view.commandPalette': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.zoomIn': { enabled: readOnly(), disabled: [onMap] },
  'view.zoomOut': { enabled: readOnly(), disabled: [onMap] },
  'view.zoomReset': { enabled: readOnly(), disabled: [onMap] },
  'view.fit': { enabled: readOnly(), disabled: [onMap, welcome] },
  'view.frameworkMap': { enabled: readOnly(), disabled: [welcome] },
  'view.heatMap': { enabled: readOnly(), disabled: [welcome] },
  'view.processes': { enabled: readOnly(), disabled: [welcome] },
  'diagram.new': { enabled: onMap, disabled: [welcome, readOnly()] },
  'diagram.rename': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.duplicate': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.delete': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.addBox': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.addNote': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'edit.cut': { enabled: ctx({ selection: box }), disabled: [ctx(), readOnly({ selection: box })] },
  'edit.copy': { enabled: readOnly({ selection: box }), disabled: [ctx(), onMap] },
  'edit.paste': { enabled: ctx(), disabled: [readOnly(), onMap, ctx({ dragging: true })] },
  'edit.duplicate': {
    enabled: ctx({ selection: box }),
    disabled: [ctx(), readOnly({ selection: box })],
  },
  'edit.find': { enabled: readOnly(), disabled: [onMap, welcome] },
  'view.toggleMinimap': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.toggleSnap': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'arrange.alignLeft': align,
  'arrange.alignCentre': align,
  'arrange.alignRight': align,
  'arrange.alignTop': align,
  'arrange.alignMiddle': align,
  'arrange.alignBottom': align,
  'arrange.distributeHorizontal': distribute,
  'arrange.distributeVertical': distribute,
  // Nothing has a drawing order yet: any move gives the nodes one.
  'arrange.bringForward': {
    enabled: ctx({ selection: box }),
    disabled: [ctx(), readOnly({ selection: box })],
  },
  'arrange.sendBackward': { enabled: ctx({ selection: framework }), disabled: [ctx()] },
  'arrange.bringToFront': { enabled: ctx({ selection: box }), disabled: [ctx(), onMap] },
  'arrange.sendToBack': { enabled: ctx({ selection: framework }), disabled: [ctx()] },
  'arrange.lock': {
    enabled: ctx({ selection: box }),
    disabled: [ctx(), ctx({ diagram: lockedA, selection: box }), readOnly({ selection: box })],
  },
  'arrange.unlock': {
    enabled: ctx({ diagram: lockedA, selection: box }),
    disabled: [ctx({ selection: box }), readOnly({ diagram: lockedA, selection: box })],
  },
  'arrange.layoutRight': layout,
  'arrange.layoutDown': layout,
  'arrange.etomMap': {
    enabled: ctx(),
    disabled: [
      readOnly(),
      ctx({ diagram: { ...diagram, nodes: diagram.nodes.filter((n) => n.kind !== 'framework') } }),
    ],
  },
  'diagram.addText': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.addGroup': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'diagram.addLane': { enabled: ctx(), disabled: [onMap, readOnly()] },
  'edit.fitToText': {
    enabled: ctx({ selection: box }),
    disabled: [ctx(), ctx({ selection: framework }), readOnly({ selection: box })],
  },
  'edit.connectSelected': {
    enabled: ctx({ selection: selectionOf([B, A]) }),
    disabled: [ctx({ selection: box }), ctx({ selection: two }), readOnly({ selection: all3 })],
  },
  'help.shortcuts': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'help.about': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.toggleDiagramList': { enabled: readOnly(), disabled: [welcome] },
  'view.toggleLibrary': { enabled: onMap, disabled: [welcome] },
  'view.themeSystem': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.themeLight': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.themeDark': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.toggleGitStatus': { enabled: welcome, disabled: [ctx({ modal: true })] },
  'view.mappingTable': { enabled: readOnly(), disabled: [welcome, ctx({ modal: true })] },
  'mapping.suggest': { enabled: onMap, disabled: [welcome, ctx({ modal: true })] },
  'mapping.paste': { enabled: onMap, disabled: [welcome, readOnly()] },
  'mapping.alignments': { enabled: readOnly(), disabled: [welcome] },
  'view.scopeList': { enabled: readOnly(), disabled: [welcome, ctx({ modal: true })] },
  'view.coverageLists': { enabled: readOnly(), disabled: [welcome, ctx({ modal: true })] },
  'scope.setDomains': { enabled: onMap, disabled: [welcome, readOnly(), ctx({ modal: true })] },
  'workspace.upgradeRelease': { enabled: onMap, disabled: [welcome, readOnly()] },
  // Exports read the workspace only: a read-only one exports too.
  'report.export': { enabled: readOnly(), disabled: [welcome] },
  'coverage.export': { enabled: readOnly(), disabled: [welcome] },
  'mapping.export': { enabled: readOnly(), disabled: [welcome] },
  'processes.importModel': {
    enabled: onMap,
    disabled: [welcome, readOnly(), ctx({ modal: true })],
  },
  // A bundle export reads the workspace only; an import changes it.
  'bundle.export': { enabled: readOnly(), disabled: [welcome, ctx({ modal: true })] },
  'bundle.import': { enabled: onMap, disabled: [welcome, readOnly(), ctx({ modal: true })] },
  'diagram.export': { enabled: readOnly(), disabled: [welcome, onMap, ctx({ modal: true })] },
  'diagram.copyPng': { enabled: readOnly(), disabled: [welcome, onMap, ctx({ modal: true })] },
  'diagram.copySvg': {
    enabled: readOnly({ selection: box }),
    disabled: [welcome, onMap, ctx({ modal: true })],
  },
  'compare.open': { enabled: readOnly(), disabled: [welcome, ctx({ modal: true })] },
  'diagram.history': { enabled: readOnly(), disabled: [welcome, onMap, ctx({ modal: true })] },
};

describe('every action’s predicate', () => {
  it('has a case here for every action of the list', () => {
    expect(Object.keys(CASES).sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });

  it.each(ACTIONS.map((a) => a.id))('%s runs where it can and not where it cannot', (id) => {
    const handler = ACTION_HANDLERS[id];
    const { enabled, disabled } = CASES[id];
    expect(handler.when(enabled)).toBe(true);
    for (const [i, context] of disabled.entries()) {
      expect(handler.when(context), `case ${i}`).toBe(false);
    }
  });

  it('lets nothing but cancelling a drag run while a modal dialog is open', () => {
    for (const { id } of ACTIONS) {
      const running = ACTION_HANDLERS[id].when({ ...CASES[id].enabled, modal: true });
      expect(running, id).toBe(id === 'canvas.cancelDrag');
    }
  });
});
