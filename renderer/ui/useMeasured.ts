import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * What `measure` makes of `ref`'s element, kept up to date as the element is resized (a window
 * resized, a splitter moved, a panel folded); null until it is mounted. A measure that gives
 * back the same primitive value (a row height, say) renders nothing again. Pass a `measure`
 * that keeps its identity (a module-level function): a new one observes anew.
 */
export function useMeasured<T>(
  ref: RefObject<HTMLElement | null>,
  measure: (element: HTMLElement) => T,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setValue(measure(element));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, measure]);
  return value;
}
