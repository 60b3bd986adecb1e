import { useStudio } from '../state/studio-store';
import { diagramOf } from '../state/tabs';
import { openMarks, type MergeItems } from './merge-items';
import { useMerge } from './merge-store';

/** A CSS attribute value, quoted: ids are slugs, but a quote or backslash must not break out. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * Marks the unresolved elements where they are drawn, by their ids: an amber badge on the
 * diagram's nodes (React Flow puts the node id in `data-id`) and a marker on the mapping rows
 * (`data-mapping-id`). A style sheet, not a prop of every node and row: the canvas and the table
 * stay as fast as they are, and nothing is drawn at all when there is no conflict.
 */
export function ConflictMarkerStyle({ items }: { items: MergeItems }) {
  const choices = useMerge((s) => s.choices);
  const diagramId = useStudio((s) => diagramOf(s.activeTab));
  const marks = openMarks(items, choices);
  const nodes = marks.nodes
    .filter((mark) => mark.diagramId === diagramId)
    .map((mark) => `.react-flow__node[data-id=${quoted(mark.nodeId)}]`);
  const rows = marks.mappings.map((id) => `.mapping-row[data-mapping-id=${quoted(id)}]`);
  const css = [
    nodes.length > 0 &&
      `${nodes.join(',')}{outline:2px solid var(--merge-amber);outline-offset:3px;border-radius:4px}` +
        `${nodes.map((n) => `${n}::after`).join(',')}{content:"!" / "Merge conflict";position:absolute;top:-11px;right:-11px;width:20px;height:20px;border-radius:50%;background:var(--merge-amber);color:#1b1300;font:700 13px/20px sans-serif;text-align:center;pointer-events:none;z-index:5}`,
    rows.length > 0 &&
      `${rows.join(',')}{box-shadow:inset 4px 0 0 var(--merge-amber)}` +
        `${rows.map((r) => `${r} .mapping-cell-process::before`).join(',')}{content:"!" / "Merge conflict";display:inline-block;width:16px;height:16px;margin-right:6px;border-radius:50%;background:var(--merge-amber);color:#1b1300;font:700 11px/16px sans-serif;text-align:center}`,
  ]
    .filter(Boolean)
    .join('\n');
  return css === '' ? null : <style data-testid="merge-marks">{css}</style>;
}
