import { ControlButton } from '@xyflow/react';

/**
 * The zoom buttons' "fit" in place of React Flow's own, which fits with fixed padding: this one
 * asks the canvas (`CanvasHandle.fit`), which keeps the diagram clear of the corner panels
 * (fit-clear.ts), as View > Zoom to fit does. Same name and place as before.
 */
export function FitButton({ onFit }: { onFit: () => void }) {
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      title="Fit View"
      aria-label="Fit View"
      onClick={onFit}
    >
      <svg viewBox="0 0 12 12" aria-hidden focusable="false">
        <path d="M0 0h4.5v1.6H1.6v2.9H0zM12 0v4.5h-1.6V1.6H7.5V0zM12 12H7.5v-1.6h2.9V7.5H12zM0 12V7.5h1.6v2.9h2.9V12z" />
      </svg>
    </ControlButton>
  );
}
