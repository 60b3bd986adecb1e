import { useRef } from 'react';
import './Splitter.css';

interface Props {
  /** The accessible name, e.g. "Resize diagram list". */
  label: string;
  /** `vertical`: a bar between columns (moves left and right); `horizontal`: between rows. */
  orientation: 'vertical' | 'horizontal';
  /** The id of the panel it sizes. */
  controls: string;
  value: number;
  min: number;
  max: number;
  /** +1 when moving right (or down) makes the panel bigger, -1 when it makes it smaller. */
  grow: 1 | -1;
  collapsed?: boolean;
  onResize: (value: number) => void;
  /** Collapses or restores the panel (Enter, double-click); absent when it cannot collapse. */
  onToggle?: () => void;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * A splitter between two panels: drag it, or focus it and use the arrow keys (Shift for
 * bigger steps, Home/End for the limits, Enter to collapse or restore), as the WAI-ARIA
 * window-splitter pattern describes.
 */
export function Splitter(props: Props) {
  const { label, orientation, controls, value, min, max, grow, collapsed = false } = props;
  const drag = useRef<{ start: number; value: number } | null>(null);
  const along = (event: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? event.clientX : event.clientY;
  const resize = (next: number) => props.onResize(Math.min(max, Math.max(min, next)));

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const [less, more] =
      orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    let next: number | null = null;
    if (event.key === less) next = value - grow * step;
    else if (event.key === more) next = value + grow * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else if (event.key === 'Enter' && props.onToggle) {
      event.preventDefault();
      props.onToggle();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    resize(next);
  };

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-controls={controls}
      aria-valuenow={collapsed ? min : value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-expanded={props.onToggle ? !collapsed : undefined}
      tabIndex={0}
      className={`splitter splitter-${orientation}${collapsed ? ' collapsed' : ''}`}
      title={props.onToggle ? `${label} (double-click to collapse or restore)` : label}
      onKeyDown={onKeyDown}
      onDoubleClick={props.onToggle}
      onPointerDown={(event) => {
        if (event.button !== 0 || collapsed) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { start: along(event), value };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (start) resize(start.value + grow * (along(event) - start.start));
      }}
      onPointerUp={(event) => {
        drag.current = null;
        event.currentTarget.releasePointerCapture(event.pointerId);
      }}
    />
  );
}
