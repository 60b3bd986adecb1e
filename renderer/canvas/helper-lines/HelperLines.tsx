import { useViewport } from '@xyflow/react';
import type { GuideLines } from './useHelperLines';
import './helper-lines.css';

/** The alignment guides of a drag in progress, drawn across the whole canvas. */
export function HelperLines({ lines }: { lines: GuideLines }) {
  const { x, y, zoom } = useViewport();
  if (lines.vertical === null && lines.horizontal === null) return null;
  return (
    <svg className="helper-lines" aria-hidden="true">
      {lines.vertical !== null && (
        <line
          className="helper-line helper-line-vertical"
          x1={lines.vertical * zoom + x}
          x2={lines.vertical * zoom + x}
          y1="0"
          y2="100%"
        />
      )}
      {lines.horizontal !== null && (
        <line
          className="helper-line helper-line-horizontal"
          x1="0"
          x2="100%"
          y1={lines.horizontal * zoom + y}
          y2={lines.horizontal * zoom + y}
        />
      )}
    </svg>
  );
}
