import { useEffect, useRef, useState } from 'react';

/**
 * Measures a view's first paint: from its first render to the frame after it has content,
 * as a Performance measure named `name` (e.g. `etom:tree-first-paint`), which benchmarks and
 * the end-to-end script read with performance.getEntriesByName().
 */
export function usePaintMark(name: string, ready: boolean): void {
  const [start] = useState(() => performance.now());
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    requestAnimationFrame(() => {
      performance.measure(name, { start, end: performance.now() });
    });
  }, [name, ready, start]);
}
