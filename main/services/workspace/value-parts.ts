/**
 * A parsed document crossing from the read worker in parts. Sent whole, a 40 MB document is
 * one structured-clone message that the main thread deserialises in one go (hundreds of
 * milliseconds during which the host answers nothing). In parts of about a megabyte each, with
 * the worker waiting for each to be taken, the main thread never does more than a few
 * milliseconds of it at once. Large arrays are sent in slices; the objects around them are
 * sent hollow first, and nested large arrays follow their parent's slice.
 */

/** One message of a value crossing in parts. */
export type ValuePart =
  | { kind: 'shell'; value: unknown }
  | { kind: 'items'; path: Array<string | number>; items: unknown[] }
  | { kind: 'text'; piece: string };

/** About how many bytes one part holds. */
export const PART_BYTES = 1024 * 1024;

/**
 * A rough size of a JSON-like value in bytes (its string lengths plus a little per value),
 * counted only up to `budget`: anything above returns `budget + 1`, cheaply.
 */
export function approximateSize(value: unknown, budget: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') total += item.length + 2;
    else if (Array.isArray(item)) {
      total += 2;
      for (const child of item) stack.push(child);
    } else if (typeof item === 'object' && item !== null) {
      total += 2;
      for (const [key, child] of Object.entries(item)) {
        total += key.length + 4;
        stack.push(child);
      }
    } else total += 8;
    if (total > budget) return budget + 1;
  }
  return total;
}

interface Pending {
  path: Array<string | number>;
  array: readonly unknown[];
}

/** `value` with every array too large for one part replaced by [] and queued in `pending`. */
function hollow(
  value: unknown,
  path: Array<string | number>,
  pending: Pending[],
  partBytes: number,
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (approximateSize(value, partBytes) <= partBytes) return value;
  if (Array.isArray(value)) {
    pending.push({ path, array: value });
    return [];
  }
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // defineProperty, so that no key can ever act as a setter (such as __proto__).
    Object.defineProperty(copy, key, {
      value: hollow(child, [...path, key], pending, partBytes),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * The parts of `value` in the order they must be joined: the hollow shell, then the slices of
 * each array taken out of it (their own large arrays queued behind them), then `text` in
 * pieces when given.
 */
export function* splitValue(
  value: unknown,
  text: string | null = null,
  partBytes: number = PART_BYTES,
): Generator<ValuePart> {
  const pending: Pending[] = [];
  yield { kind: 'shell', value: hollow(value, [], pending, partBytes) };
  for (let next = 0; next < pending.length; next += 1) {
    const { path, array } = pending[next] as Pending;
    let start = 0;
    while (start < array.length) {
      let end = start;
      let bytes = 0;
      while (end < array.length) {
        const size = approximateSize(array[end], partBytes);
        if (end > start && bytes + size > partBytes) break;
        bytes += size;
        end += 1;
      }
      const items = array
        .slice(start, end)
        .map((item, offset) => hollow(item, [...path, start + offset], pending, partBytes));
      yield { kind: 'items', path, items };
      start = end;
    }
  }
  if (text !== null) {
    for (let start = 0; start < text.length; start += partBytes) {
      yield { kind: 'text', piece: text.slice(start, start + partBytes) };
    }
  }
}

/** Puts the parts from {@link splitValue} back together, in the order they were made. */
export class ValueJoiner {
  private root: unknown = undefined;
  private pieces = '';
  private sawText = false;

  add(part: ValuePart): void {
    if (part.kind === 'shell') {
      this.root = part.value;
    } else if (part.kind === 'text') {
      // A rope: concatenation copies nothing until the text is next read as a whole.
      this.pieces += part.piece;
      this.sawText = true;
    } else {
      const target = this.at(part.path);
      for (const item of part.items) target.push(item);
    }
  }

  get value(): unknown {
    return this.root;
  }

  get text(): string | null {
    return this.sawText ? this.pieces : null;
  }

  private at(path: ReadonlyArray<string | number>): unknown[] {
    let node: unknown = this.root;
    for (const step of path) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string | number, unknown>)[step]
          : undefined;
    }
    if (!Array.isArray(node)) throw new Error(`no array at part path ${path.join('.')}`);
    return node as unknown[];
  }
}
