import { useEffect, useMemo, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DiagramId } from '../../../shared/model/ids';
import type { ElementNode } from '../to-flow';
import { closeFind, findMatches, useFind } from './find-state';
import './find-bar.css';

/**
 * Ctrl+F on a diagram: a small bar over the canvas. Matches are outlined; Enter and
 * Shift+Enter go to the next and previous one and centre it; Escape closes the bar and gives
 * the focus back to the canvas.
 */
export function FindBar({ diagramId, nodes }: { diagramId: DiagramId; nodes: ElementNode[] }) {
  const open = useFind((s) => s.diagramId === diagramId);
  const query = useFind((s) => s.query);
  const current = useFind((s) => s.current);
  const focusRequest = useFind((s) => s.focusRequest);
  const field = useRef<HTMLInputElement>(null);
  const flow = useReactFlow();
  const matches = useMemo(() => (open ? findMatches(nodes, query) : []), [open, nodes, query]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  useEffect(() => {
    if (open) field.current?.select();
  }, [open, focusRequest]);

  const goTo = (next: number) => {
    if (matches.length === 0) return;
    const i = (next + matches.length) % matches.length;
    useFind.setState({ current: i });
    const node = nodes.find((n) => n.id === matches[i]);
    if (node) {
      const w = node.width ?? node.measured?.width ?? 0;
      const h = node.height ?? node.measured?.height ?? 0;
      void flow.setCenter(node.position.x + w / 2, node.position.y + h / 2, {
        zoom: flow.getZoom(),
        duration: 150,
      });
    }
  };

  if (!open) return null;
  // Outlines drawn by a style rule per match: the node components stay as they are.
  const outline = matches
    .map(
      (id, i) =>
        `.canvas .react-flow__node[data-id="${CSS.escape(id)}"]{outline:${i === index ? '3px solid var(--find-current, #d9480f)' : '2px dashed var(--find-match, #f59f00)'};outline-offset:3px}`,
    )
    .join('\n');
  return (
    <div className="find-bar nodrag nopan nowheel" role="search" aria-label="Find in diagram">
      <style>{outline}</style>
      <input
        ref={field}
        type="search"
        aria-label="Find in diagram"
        placeholder="Find in diagram"
        value={query}
        onChange={(e) => useFind.setState({ query: e.target.value, current: 0 })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            goTo(index + (e.shiftKey ? -1 : 1));
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            closeFind();
            document.querySelector<HTMLElement>('.canvas .react-flow__pane')?.focus();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? 'No matches'
            : `${index + 1} of ${matches.length}`}
      </span>
      <button
        type="button"
        className="small"
        aria-label="Previous match"
        onClick={() => goTo(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="small"
        aria-label="Next match"
        onClick={() => goTo(index + 1)}
      >
        ↓
      </button>
      <button type="button" className="small" aria-label="Close find" onClick={closeFind}>
        ✕
      </button>
    </div>
  );
}
