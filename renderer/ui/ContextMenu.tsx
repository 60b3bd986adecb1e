import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ActionId } from '../../shared/actions/action-list';
import { contextMenuActions, type Action } from '../../shared/actions/menus';
import { currentContext, runAction } from '../actions/registry';
import { closeOverlay, type ContextMenuOverlay } from '../state/overlays';
import { useStudio } from '../state/studio-store';
import { MenuList, type MenuItem } from './MenuList';
import './menus.css';

const TITLES = { canvas: 'Diagram', node: 'Element', edge: 'Connection' } as const;

/** Consecutive actions of one category form a group, drawn with a line between groups. */
function grouped(actions: readonly Action[]): MenuItem[][] {
  const groups: MenuItem[][] = [];
  let category = '';
  for (const action of actions) {
    if (action.category !== category || groups.length === 0) groups.push([]);
    category = action.category;
    groups[groups.length - 1]?.push({ id: action.id, label: action.label });
  }
  return groups;
}

/** The context menu that is open, if any. */
export function ContextMenu() {
  const overlay = useStudio((s) => (s.overlay?.kind === 'context-menu' ? s.overlay : null));
  return overlay ? <ContextMenuBody overlay={overlay} /> : null;
}

function ContextMenuBody({ overlay }: { overlay: ContextMenuOverlay }) {
  const context = useMemo(() => currentContext({ at: overlay.at }), [overlay]);
  const groups = useMemo(() => grouped(contextMenuActions(overlay.menu)), [overlay.menu]);
  const box = useRef<HTMLDivElement>(null);
  const [previous] = useState(() => document.activeElement);
  const [place, setPlace] = useState({ left: overlay.x, top: overlay.y });

  // Keep the whole menu on screen: open it leftwards or upwards near the window's edges.
  useLayoutEffect(() => {
    const size = box.current?.getBoundingClientRect();
    if (!size) return;
    setPlace({
      left: Math.max(4, Math.min(overlay.x, window.innerWidth - size.width - 4)),
      top: Math.max(4, Math.min(overlay.y, window.innerHeight - size.height - 4)),
    });
  }, [overlay]);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) closeOverlay();
    };
    const onBlurWindow = () => closeOverlay();
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', onBlurWindow);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', onBlurWindow);
    };
  }, []);

  const close = (refocus: boolean) => {
    closeOverlay();
    if (refocus && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };
  const run = (id: ActionId) => {
    close(true);
    runAction(id, currentContext({ at: overlay.at }));
  };

  return (
    <div ref={box} className="context-menu" style={{ left: place.left, top: place.top }}>
      <MenuList
        label={`${TITLES[overlay.menu]} actions`}
        groups={groups}
        context={context}
        focus="first"
        onRun={run}
        onClose={close}
      />
    </div>
  );
}
