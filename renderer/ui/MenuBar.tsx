import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActionId } from '../../shared/actions/action-list';
import { menuBar } from '../../shared/actions/menus';
import type { ActionContext } from '../actions/context';
import { currentContext, runAction } from '../actions/registry';
import { useStudio } from '../state/studio-store';
import { MenuList } from './MenuList';
import './menus.css';

interface Open {
  index: number;
  focus: 'first' | 'last';
  context: ActionContext;
}

/**
 * The menu bar of the browser mode, built from the same action list as the desktop app's
 * native menu (the WAI-ARIA menubar pattern): Left and Right move between menus, Down, Enter
 * or Space open one, Escape closes it. Only one item of the bar is in the tab order.
 */
export function MenuBar() {
  const menus = useMemo(() => menuBar(), []);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<Open | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  // Where the focus was before it came to the menu bar, to give it back after a choice.
  const before = useRef<HTMLElement | null>(null);

  const show = (index: number, focus: 'first' | 'last' = 'first') => {
    setActive(index);
    setOpen({ index, focus, context: currentContext() });
  };
  const close = (refocus: boolean) => {
    if (open && refocus) buttons.current[open.index]?.focus();
    setOpen(null);
  };
  const step = (from: number, by: number) => (from + by + menus.length) % menus.length;

  // An open menu follows the state: a workspace that finishes opening while the File menu is
  // shown enables its items there and then, as a native menu would.
  const isOpen = open !== null;
  useEffect(() => {
    if (!isOpen) return;
    return useStudio.subscribe(() =>
      setOpen((was) => was && { ...was, context: currentContext() }),
    );
  }, [isOpen]);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isOpen]);

  const run = (id: ActionId) => {
    setOpen(null);
    const previous = before.current;
    if (previous?.isConnected) previous.focus();
    else buttons.current[active]?.blur();
    runAction(id);
  };

  const onBarKeyDown = (event: React.KeyboardEvent, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => (open ? show(step(index, 1)) : buttons.current[step(index, 1)]?.focus()),
      ArrowLeft: () => (open ? show(step(index, -1)) : buttons.current[step(index, -1)]?.focus()),
      Home: () => buttons.current[0]?.focus(),
      End: () => buttons.current[menus.length - 1]?.focus(),
      ArrowDown: () => show(index, 'first'),
      Enter: () => show(index, 'first'),
      ' ': () => show(index, 'first'),
      ArrowUp: () => show(index, 'last'),
      Escape: () => (open ? close(true) : before.current?.focus()),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    event.stopPropagation();
    act();
  };

  return (
    <div
      ref={bar}
      role="menubar"
      aria-label="Application menu"
      className="menu-bar"
      onFocus={(event) => {
        if (!bar.current?.contains(event.relatedTarget)) {
          before.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
        }
      }}
    >
      {menus.map((menu, index) => (
        <div key={menu.id} className="menu-bar-entry">
          <button
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open?.index === index}
            tabIndex={index === active ? 0 : -1}
            className={open?.index === index ? 'menu-bar-item open' : 'menu-bar-item'}
            onFocus={() => setActive(index)}
            onClick={() => (open?.index === index ? setOpen(null) : show(index))}
            onPointerEnter={() => {
              if (open && open.index !== index) show(index);
            }}
            onKeyDown={(event) => onBarKeyDown(event, index)}
          >
            {menu.label}
          </button>
          {open?.index === index && (
            <MenuList
              key={`${menu.id}-${open.focus}`}
              label={menu.label}
              groups={menu.groups}
              context={open.context}
              focus={open.focus}
              className="menu-bar-popup"
              onRun={run}
              onClose={close}
              onSideways={(by) => show(step(index, by))}
            />
          )}
        </div>
      ))}
    </div>
  );
}
