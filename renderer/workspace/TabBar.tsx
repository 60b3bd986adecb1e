import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { carriesProcess } from '../framework/drag-data';
import { useShallow } from 'zustand/react/shallow';
import { useStudio } from '../state/studio-store';
import { closeTab, openTab, sameTab, tabKey, type Tab } from '../state/tabs';
import { capTabLabels } from './tab-label-cap';
import { onTablistKeyDown } from './tablist-keys';
import { tabTitle } from './tab-views';

/** Id of a tab's element, for the panel's aria-labelledby. */
export function tabElementId(tab: Tab): string {
  return `tab-${tabKey(tab)}`;
}

/** The one panel element the active tab shows in. */
export const TAB_PANEL_ID = 'tab-panel';

function show(tab: Tab): void {
  useStudio.setState((s) => openTab(s, tab));
}

function close(tab: Tab): void {
  useStudio.setState((s) => closeTab(s, tab));
}

/**
 * Scrolls the strip sideways, as little as it takes, to show all of the selected tab (a new
 * tab, or one chosen from a menu, may be past its end; a strip that got narrower may hide it).
 */
function revealSelected(strip: HTMLElement): void {
  const tab = selectedTab(strip);
  if (!tab) return;
  const bounds = strip.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  if (box.left < bounds.left) strip.scrollLeft -= bounds.left - box.left;
  else if (box.right > bounds.right) strip.scrollLeft += box.right - bounds.right;
}

/** The selected tab's element (its label and close button), if a tab is selected. */
const selectedTab = (strip: HTMLElement) =>
  strip.querySelector('[role="tab"][aria-selected="true"]')?.parentElement ?? null;

/** The open tabs: diagrams, the framework map, and whatever views later add. */
export function TabBar() {
  const tabs = useStudio((s) => s.tabs);
  const activeTab = useStudio((s) => s.activeTab);
  const names = useStudio(useShallow((s) => s.tabs.map((t) => tabTitle(t, s))));
  const strip = useRef<HTMLDivElement>(null);
  const activeId = activeTab ? tabElementId(activeTab) : null;
  // Whether the strip keeps the selected tab in view as it resizes: until the user scrolls it
  // (its buttons, the wheel, its scroll bar), and again once a tab is chosen or opened.
  const follow = useRef(true);
  const namesKey = names.join('\u0000');
  useLayoutEffect(() => {
    follow.current = true;
    if (strip.current) revealSelected(strip.current);
  }, [activeId, tabs.length]);
  const hidden = useHiddenTabs(strip, namesKey, follow);
  const scroll = (direction: -1 | 1) => {
    const element = strip.current;
    follow.current = false;
    if (element) element.scrollBy({ left: direction * element.clientWidth * 0.8 });
  };

  return (
    <div className="tab-strip">
      {hidden.before && (
        <button
          type="button"
          className="tab-scroll before"
          aria-label="Show the tabs before"
          title="More tabs this way"
          onClick={() => scroll(-1)}
        >
          ‹
        </button>
      )}
      <div
        ref={strip}
        className="tab-bar"
        role="tablist"
        aria-label="Open tabs"
        onKeyDown={onTablistKeyDown}
        onWheel={() => (follow.current = false)}
        onPointerDown={(event) => {
          // On the strip itself, not a tab: its scroll bar.
          if (event.target === event.currentTarget) follow.current = false;
        }}
      >
        {tabs.map((tab, index) => {
          const selected = sameTab(tab, activeTab);
          const name = names[index] ?? tab.id;
          return (
            <div
              key={tabKey(tab)}
              className={selected ? 'tab active' : 'tab'}
              // A process dragged from the map over a diagram's tab opens it, to be dropped there.
              onDragEnter={(event) => {
                if (tab.kind === 'diagram' && carriesProcess(event)) show(tab);
              }}
            >
              <button
                type="button"
                role="tab"
                id={tabElementId(tab)}
                aria-selected={selected}
                aria-controls={TAB_PANEL_ID}
                tabIndex={selected ? 0 : -1}
                className="tab-label"
                title={name}
                onClick={() => show(tab)}
              >
                {name}
              </button>
              <button
                type="button"
                className="tab-close"
                aria-label={`Close ${name}`}
                title="Close tab"
                onClick={() => close(tab)}
              >
                ×
              </button>
            </div>
          );
        })}
      </div>
      {hidden.after && (
        <button
          type="button"
          className="tab-scroll after"
          aria-label="Show the tabs after"
          title="More tabs this way"
          onClick={() => scroll(1)}
        >
          ›
        </button>
      )}
    </div>
  );
}

/**
 * Whether tabs lie out of sight before or after the strip's visible part (a scrollbar is not
 * always shown): kept up to date as the strip scrolls, resizes or gains and loses tabs, after
 * the names are cut to fit (`capTabLabels`).
 */
function useHiddenTabs(
  strip: RefObject<HTMLDivElement | null>,
  namesKey: string,
  follow: RefObject<boolean>,
): { before: boolean; after: boolean } {
  const [hidden, setHidden] = useState({ before: false, after: false });
  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const measure = () => {
      // By the first and last tab, not the scroll range, which holds the strip's padding too.
      const bounds = element.getBoundingClientRect();
      const first = element.firstElementChild?.getBoundingClientRect();
      const last = element.lastElementChild?.getBoundingClientRect();
      const before = first !== undefined && first.left < bounds.left - 1;
      const after = last !== undefined && last.right > bounds.right + 1;
      setHidden((old) => (old.before === before && old.after === after ? old : { before, after }));
    };
    measure();
    // Names cut to fit once the frame is laid out (measured in a layout effect, the tabs forced
    // a layout of the whole window mid-commit: 60 ms while a 5,000-node diagram opened), then
    // the selected tab brought into view by the widths the cut gave, then a look again.
    const frame = requestAnimationFrame(() => {
      capTabLabels(element);
      if (follow.current) revealSelected(element);
      measure();
    });
    element.addEventListener('scroll', measure, { passive: true });
    // A strip that grows or shrinks (a window resized, the buttons at its ends shown) cuts
    // its names anew and keeps the selected tab in view unless the user scrolled away from it,
    // then looks again.
    const resize = new ResizeObserver(() => {
      capTabLabels(element);
      if (follow.current) revealSelected(element);
      measure();
    });
    resize.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [strip, namesKey, follow]);
  return hidden;
}
