import type { CSSProperties } from 'react';
import { linesThatFit, NODE_TEXT, type TextMetrics } from '../text-fit';

interface Props {
  text: string;
  /** The node's height: how many lines fit follows from it. */
  height: number | undefined;
  metrics?: TextMetrics;
  className?: string;
}

/**
 * Node text that never overflows: wrapped at word boundaries (a word too long for the line is
 * broken), cut after the lines that fit with an ellipsis at the end, the whole text on hover.
 */
export function FitText({ text, height, metrics = NODE_TEXT, className }: Props) {
  const lines = height === undefined ? 3 : linesThatFit(height, metrics);
  const style = { '--lines': lines, lineHeight: `${metrics.lineHeight}px` } as CSSProperties;
  return (
    <span className={`fit-text${className ? ` ${className}` : ''}`} style={style} title={text}>
      {text}
    </span>
  );
}
