import type { FrameworkProcessId } from '../model/ids';

/** A dotted framework identifier such as `1.3.3` (digits, single dots). */
export const PROCESS_ID_PATTERN = /^\d+(?:\.\d+)*$/;

/** True when `text` looks like a framework identifier (`1`, `1.3`, `1.3.10.2`). */
export function isProcessIdText(text: string): boolean {
  return PROCESS_ID_PATTERN.test(text);
}

/**
 * Orders identifiers numerically segment by segment, so `1.1.9` < `1.1.10` and a parent
 * comes before its children. Non-numeric segments fall back to text order.
 */
export function compareProcessIds(a: string, b: string): number {
  if (a === b) return 0;
  const left = a.split('.');
  const right = b.split('.');
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isInteger(nx) && Number.isInteger(ny) && nx !== ny) return nx - ny;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** The identifier one level up (`1.3.3` -> `1.3`), or null for a single segment. */
export function parentIdOf(id: string): FrameworkProcessId | null {
  const cut = id.lastIndexOf('.');
  return cut < 0 ? null : (id.slice(0, cut) as FrameworkProcessId);
}

/** True when `id` lies strictly below `ancestor` in the identifier tree. */
export function isIdBelow(id: string, ancestor: string): boolean {
  return id.length > ancestor.length && id.startsWith(`${ancestor}.`);
}
