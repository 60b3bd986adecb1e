/**
 * Serialises a value to JSON text in parts of about `partChars` characters, so that a large
 * host answer (a 43.5 MB diagram) is never one long `JSON.stringify`: the transport sends a
 * part, lets other work run, and asks for the next. The text of all parts joined equals
 * `JSON.stringify(value)` (without replacer or indentation): `toJSON` is honoured, `undefined`,
 * functions and symbols are left out of objects and become `null` in arrays, non-finite
 * numbers become `null`, and a cycle throws a TypeError.
 *
 * It walks containers with its own stack (no recursion, no generator per level) and hands
 * every primitive, and every container small enough to fit in what is left of a part, to
 * `JSON.stringify` in one go, which keeps the walk cheap.
 */
export class JsonParts {
  private readonly stack: Frame[] = [];
  private readonly open = new Set<object>();
  private pending: string | null;
  private started = false;

  constructor(private readonly value: unknown) {
    this.pending = null;
  }

  /** True once every part has been handed out. */
  get done(): boolean {
    return this.started && this.stack.length === 0 && this.pending === null;
  }

  /** The next part (at least one token; about `partChars` long), or null when done. */
  next(partChars: number): string | null {
    if (this.done) return null;
    let out = '';
    if (!this.started) {
      this.started = true;
      const top = resolved(this.value, '');
      // JSON.stringify(undefined) gives no text at all; a host answer is never undefined.
      out += isOmitted(top) ? 'null' : this.emitValue(top, partChars);
    }
    while (out.length < partChars && this.stack.length > 0) {
      out += this.step(partChars - out.length);
    }
    if (this.pending !== null) {
      out += this.pending;
      this.pending = null;
    }
    return out;
  }

  /** One element or key of the innermost open container, or its closing bracket. */
  private step(room: number): string {
    const frame = this.stack[this.stack.length - 1] as Frame;
    if (frame.kind === 'array') {
      if (frame.index >= frame.items.length) return this.close(frame, ']');
      const index = frame.index;
      frame.index += 1;
      const comma = index > 0 ? ',' : '';
      const item = resolved(frame.items[index], String(index));
      return comma + (isOmitted(item) ? 'null' : this.emitValue(item, room));
    }
    while (frame.index < frame.keys.length) {
      const key = frame.keys[frame.index] as string;
      frame.index += 1;
      const item = resolved(frame.record[key], key);
      if (isOmitted(item)) continue;
      const comma = frame.written > 0 ? ',' : '';
      frame.written += 1;
      return `${comma}${JSON.stringify(key)}:${this.emitValue(item, room)}`;
    }
    return this.close(frame, '}');
  }

  private close(frame: Frame, bracket: string): string {
    this.stack.pop();
    this.open.delete(frame.container);
    return bracket;
  }

  /**
   * The text of a value already passed through `toJSON`: a primitive at once; a container
   * whole when a cheap look says it is small, else its opening bracket (its members follow).
   */
  private emitValue(item: unknown, room: number): string {
    if (item === null || typeof item !== 'object') return primitiveText(item);
    if (this.open.has(item)) throw new TypeError('Converting circular structure to JSON');
    if (looksSmall(item, room)) {
      // A few members, none a container: one stringify, even if a member is a long string.
      return JSON.stringify(item);
    }
    this.open.add(item);
    if (Array.isArray(item)) {
      this.stack.push({ kind: 'array', container: item, items: item as unknown[], index: 0 });
      return '[';
    }
    const record = item as Record<string, unknown>;
    this.stack.push({
      kind: 'object',
      container: item,
      record,
      keys: Object.keys(record),
      index: 0,
      written: 0,
    });
    return '{';
  }
}

type Frame =
  | { kind: 'array'; container: object; items: unknown[]; index: number }
  | {
      kind: 'object';
      container: object;
      record: Record<string, unknown>;
      keys: string[];
      index: number;
      written: number;
    };

/** A container with few members, none of them a container, is cheap to stringify whole. */
const SMALL_MEMBERS = 32;

function looksSmall(item: object, room: number): boolean {
  const members = Array.isArray(item) ? (item as unknown[]) : Object.values(item);
  if (members.length > SMALL_MEMBERS) return false;
  let chars = 2;
  for (const member of members) {
    if (member !== null && typeof member === 'object') return false;
    chars += typeof member === 'string' ? member.length + 8 : 24;
  }
  return chars <= room || members.length <= 1;
}

/** What JSON.stringify would serialise for `value` under `key`: its `toJSON()` if it has one. */
function resolved(value: unknown, key: string): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function primitiveText(value: unknown): string {
  if (isOmitted(value)) return 'null';
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  return JSON.stringify(value);
}
