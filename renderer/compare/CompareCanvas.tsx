import { useEffect, useMemo, useRef, useState } from 'react';
import { useMeasured } from '../ui/useMeasured';
import type { CompareDrawing } from './compare-diagram';

/** The zoom steps of the buttons; Fit may land between them. */
const STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2] as const;
/** Below this a chosen change is too small to read: the view goes to 100 % on it. */
const READABLE = 0.75;
/** Room left around a fitted drawing, in pixels. */
const MARGIN = 16;

/** The inner size of an element. */
const boxSize = (element: HTMLElement) => ({
  width: element.clientWidth,
  height: element.clientHeight,
});

/**
 * The compared drawing: fitted to the pane when it opens (a large diagram at 100 % showed a
 * corner of it), with zoom out / in, Fit and 100 %; a change chosen in the list is centred, at
 * 100 % when the fitted drawing is too small to read it.
 */
export function CompareCanvas({
  drawing,
  focus,
}: {
  drawing: CompareDrawing | null;
  /** Where the chosen change is, in diagram coordinates; null when none is chosen. */
  focus: { x: number; y: number } | null;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const box = useMeasured(scroller, boxSize);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const fit =
    drawing && box
      ? Math.min(1, (box.width - MARGIN) / drawing.width, (box.height - MARGIN) / drawing.height)
      : 1;
  const scale = zoom === 'fit' ? Math.max(STEPS[0], fit) : zoom;
  const source = useMemo(
    () => (drawing ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawing.svg)}` : ''),
    [drawing],
  );

  // A newly chosen change zooms in once (React's "adjust state while rendering" pattern);
  // zooming out afterwards is the user's to do.
  const [focused, setFocused] = useState(focus);
  if (focused !== focus) {
    setFocused(focus);
    if (focus && scale < READABLE) setZoom(1);
  }

  useEffect(() => {
    const element = scroller.current;
    if (!element || !drawing || !focus) return;
    element.scrollTo({
      left: (drawing.shift.x + focus.x) * scale - element.clientWidth / 2,
      top: (drawing.shift.y + focus.y) * scale - element.clientHeight / 2,
    });
  }, [drawing, focus, scale]);

  const stepTo = (direction: 1 | -1) => {
    const next =
      direction > 0
        ? STEPS.find((step) => step > scale + 0.001)
        : [...STEPS].reverse().find((step) => step < scale - 0.001);
    if (next !== undefined) setZoom(next);
  };

  return (
    <div className="compare-canvas-pane">
      <div className="compare-zoom" role="toolbar" aria-label="Zoom">
        <button
          type="button"
          onClick={() => stepTo(-1)}
          disabled={scale <= STEPS[0]}
          aria-label="Zoom out"
        >
          −
        </button>
        <output aria-label="Zoom level">{Math.round(scale * 100)} %</output>
        <button
          type="button"
          onClick={() => stepTo(1)}
          disabled={scale >= STEPS[STEPS.length - 1]!}
          aria-label="Zoom in"
        >
          +
        </button>
        <button type="button" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
          Fit
        </button>
        <button type="button" onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
          100 %
        </button>
      </div>
      <div className="compare-canvas" ref={scroller} role="img" aria-label="Compared diagram">
        {drawing ? (
          <img
            alt=""
            width={Math.round(drawing.width * scale)}
            height={Math.round(drawing.height * scale)}
            src={source}
          />
        ) : (
          <p className="muted">Nothing to draw.</p>
        )}
      </div>
    </div>
  );
}
