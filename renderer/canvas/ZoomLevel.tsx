import { useStore } from '@xyflow/react';

/** The canvas's zoom as a percentage, live while the user zooms. */
export function ZoomLevel() {
  const zoom = useStore((s) => s.transform[2]);
  return (
    <output className="zoom-level" aria-label="Zoom level">
      {`${Math.round(zoom * 100)}%`}
    </output>
  );
}
