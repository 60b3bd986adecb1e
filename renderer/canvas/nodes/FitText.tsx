import { useMemo } from 'react';
import { nodeTextLines, type TextNodeKind } from '../../../shared/render/node-text';

interface Props {
  kind: TextNodeKind;
  text: string;
  /** The node's size: the column's width and how many lines fit follow from it. */
  width: number | undefined;
  height: number | undefined;
}

/**
 * Node text that never overflows: the lines the exports draw (`nodeTextLines`, measured in the
 * export font the canvas draws in too), so a label wraps and is cut with "…" at the same words
 * on the screen and in an SVG, PNG or PDF; the whole text on hover.
 */
export function FitText({ kind, text, width, height }: Props) {
  // A node React Flow has not sized yet shows three lines of a 180-unit column.
  const lines = useMemo(
    () => nodeTextLines(kind, text, width ?? 180, height ?? 83),
    [kind, text, width, height],
  );
  return (
    <span className="fit-text" title={text}>
      {lines.join('\n')}
    </span>
  );
}
