import type { CSSProperties } from 'react';
import { PANEL_LIMITS, setLayout, useWindowLayout } from '../state/window-layout';
import { Splitter } from './Splitter';
import './SplitterLayout.css';

/** The editor grid's column widths and the details height, as CSS variables, and its state. */
export function usePanelLayoutStyle(): { className: string; style: CSSProperties } {
  const layout = useWindowLayout((s) => s.layout);
  return {
    className: [
      layout.leftCollapsed ? 'left-collapsed' : '',
      layout.rightCollapsed ? 'right-collapsed' : '',
    ].join(' '),
    style: {
      '--left-width': `${layout.leftCollapsed ? 0 : layout.leftWidth}px`,
      '--right-width': `${layout.rightCollapsed ? 0 : layout.rightWidth}px`,
      '--details-height': `${layout.detailsHeight}px`,
    } as CSSProperties,
  };
}

/** The splitters beside the diagram list and the library column (placed by the grid). */
export function PanelSplitters() {
  const layout = useWindowLayout((s) => s.layout);
  return (
    <>
      <div className="panel-split panel-split-left">
        <Splitter
          label="Resize diagram list"
          orientation="vertical"
          controls="diagram-sidebar"
          value={layout.leftWidth}
          {...PANEL_LIMITS.leftWidth}
          grow={1}
          collapsed={layout.leftCollapsed}
          onResize={(leftWidth) => setLayout({ leftWidth })}
          onToggle={() => setLayout({ leftCollapsed: !layout.leftCollapsed })}
        />
      </div>
      <div className="panel-split panel-split-right">
        <Splitter
          label="Resize framework library"
          orientation="vertical"
          controls="library-sidebar"
          value={layout.rightWidth}
          {...PANEL_LIMITS.rightWidth}
          grow={-1}
          collapsed={layout.rightCollapsed}
          onResize={(rightWidth) => setLayout({ rightWidth })}
          onToggle={() => setLayout({ rightCollapsed: !layout.rightCollapsed })}
        />
      </div>
    </>
  );
}

/** The splitter between the library and the details panel below it. */
export function DetailsSplitter() {
  const height = useWindowLayout((s) => s.layout.detailsHeight);
  return (
    <Splitter
      label="Resize details panel"
      orientation="horizontal"
      controls="details-pane"
      value={height}
      {...PANEL_LIMITS.detailsHeight}
      grow={-1}
      onResize={(detailsHeight) => setLayout({ detailsHeight })}
    />
  );
}
