import { useEffect, useRef, type CSSProperties } from 'react';
import type { ActionId } from '../../shared/actions/action-list';
import type { ActionContext } from '../actions/context';
import { isEnabled } from '../actions/registry';
import { ariaShortcuts, shortcutLabels } from './useActions';

export interface MenuItem {
  id: ActionId;
  label: string;
}

interface Props {
  /** Groups of items, drawn with a separator between groups. */
  groups: readonly (readonly MenuItem[])[];
  /** What the items' predicates are asked about. */
  context: ActionContext;
  label: string;
  /** Which item takes the focus when the menu opens. */
  focus: 'first' | 'last';
  onRun: (id: ActionId) => void;
  onClose: (refocus: boolean) => void;
  /** Left and Right arrows, for a menu bar to move to the neighbouring menu. */
  onSideways?: (step: -1 | 1) => void;
  style?: CSSProperties;
  className?: string;
}

/**
 * A popup menu (the WAI-ARIA menu pattern): Up and Down move, Home and End jump, Enter or
 * Space runs the focused item, Escape closes, a letter moves to the next item starting with
 * it. Items that cannot run now stay in place, focusable and greyed out, so the menu does not
 * change shape.
 */
export function MenuList(props: Props) {
  const { groups, context, focus } = props;
  const ref = useRef<HTMLDivElement>(null);
  const items = () =>
    Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    const list = items();
    (focus === 'first' ? list[0] : list[list.length - 1])?.focus();
  }, [focus]);

  const move = (to: (index: number, count: number) => number) => {
    const list = items();
    const index = list.findIndex((el) => el === document.activeElement);
    list[to(index, list.length)]?.focus();
  };

  const run = (id: ActionId) => {
    if (isEnabled(id, context)) props.onRun(id);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const { key } = event;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key === 'ArrowDown') move((i, n) => (i + 1) % n);
    else if (key === 'ArrowUp') move((i, n) => (i - 1 + n) % n);
    else if (key === 'Home') move(() => 0);
    else if (key === 'End') move((_i, n) => n - 1);
    else if (key === 'Escape') props.onClose(true);
    else if (key === 'Tab') props.onClose(false);
    else if ((key === 'ArrowLeft' || key === 'ArrowRight') && props.onSideways) {
      props.onSideways(key === 'ArrowLeft' ? -1 : 1);
    } else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey) {
      const letter = key.toLowerCase();
      move((i, n) => {
        const list = items();
        for (let step = 1; step <= n; step += 1) {
          const j = (i + step) % n;
          if (list[j]?.textContent?.trim().toLowerCase().startsWith(letter)) return j;
        }
        return i;
      });
    } else return;
    if (key !== 'Tab') handled();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={props.label}
      className={`menu-list ${props.className ?? ''}`}
      style={props.style}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, g) => (
        <div key={g} role="group" className="menu-group">
          {g > 0 && <div role="separator" className="menu-separator" />}
          {group.map((item) => {
            const enabled = isEnabled(item.id, context);
            const [shortcut] = shortcutLabels(item.id);
            return (
              <div
                key={item.id}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={!enabled || undefined}
                aria-keyshortcuts={ariaShortcuts(item.id)}
                className="menu-item"
                onClick={() => run(item.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    event.stopPropagation();
                    run(item.id);
                  }
                }}
              >
                <span className="menu-item-label">{item.label}</span>
                {shortcut && <span className="menu-item-shortcut">{shortcut}</span>}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
