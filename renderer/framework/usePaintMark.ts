import { useEffect, useRef, useState } from 'react';

/**
 * Measures a view's first paint: from its first render to the frame after it has content,
 * as a Performance measure named `name` (e.g. `etom:tree-first-paint`), which benchmarks and
 * the end-to-end script read with performance.getEntriesByName(). Recorded once per mount,
 * and once more whenever `key` changes (the map keeps its component across schemes).
 */
export function usePaintMark(name: string, ready: boolean, key = ''): void {
  const [mark, setMark] = useState(() => ({ key, start: performance.now() }));
  // A new key restarts the clock at the render that shows it (React re-renders before commit).
  if (mark.key !== key) setMark(() => ({ key, start: performance.now() }));
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || done.current === mark.key) return;
    done.current = mark.key;
    requestAnimationFrame(() => {
      performance.measure(name, { start: mark.start, end: performance.now() });
    });
  }, [name, ready, mark]);
}
