/**
 * A streaming, non-recursive JSON scanner over UTF-8 bytes. It runs before JSON.parse and
 * bounds the work a file or request can cause:
 * - nesting, the number of values, the properties of one object and the length of names and
 *   strings are counted as the bytes go by, so a hostile input is refused after reading only
 *   as much of it as breaks a limit, and never reaches JSON.parse or structuredClone;
 * - `__proto__`, `constructor` and `prototype` keys and a key repeated in one object are found
 *   here, with their JSON path. Only an O(depth) stack (plus the names of the objects still
 *   open) is kept; a path is built only when something is found;
 * - its errors carry the byte offset, the line and the column, which V8's messages do not
 *   always give.
 * Bytes come in chunks of any size (a file read piece by piece, a request body as it
 * arrives); a token may span chunks. A leading UTF-8 byte order mark is skipped.
 *
 * One file for one state machine: the structure, string, number and literal states share the
 * position, line and stack at every byte, and keeping them in one class keeps that per-byte
 * path free of calls across modules. Its agreement with JSON.parse, chunk by chunk, is
 * property-tested (json-scan.test.ts).
 */

/** Why and where the input is not acceptable. */
export interface JsonScanError {
  /**
   * syntax: not JSON; depth: nested too deep; too-large: too many values or properties, or a
   * name or string too long; too-many-items: a root array past its limit (see
   * {@link JsonScanLimits.rootArrayItems}); forbidden-key / duplicate-key: a key we refuse.
   */
  kind: 'syntax' | 'depth' | 'too-large' | 'too-many-items' | 'forbidden-key' | 'duplicate-key';
  message: string;
  /** Byte offset of the offending byte. */
  offset: number;
  /** 1-based line, and 1-based column in UTF-16 code units, of the offending byte. */
  line: number;
  column: number;
  /** Where in the value: the keys and indices leading to the offending place. */
  path: Array<string | number>;
}

/** What the scanner refuses past. */
export interface JsonScanLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, true, false, null) in the input. */
  maxValues: number;
  /** Most properties in one object. */
  maxObjectKeys: number;
  /** Longest property name, in bytes as written (an escape counts as written). */
  maxKeyBytes: number;
  /** Longest string value, in bytes as written; `Infinity` for no limit. */
  maxStringBytes: number;
  /**
   * Most items of an array that is the value of the named property of the root object (such
   * as a diagram's `nodes`), so that a file past a count the schema would refuse is refused
   * before it is parsed.
   */
  rootArrayItems?: Readonly<Record<string, number>>;
}

/**
 * Keys that could change an object's prototype once a parsed value is copied with
 * Object.assign or spread. JSON.parse itself makes them ordinary own properties, but no file of
 * ours ever has them, so input that does is refused outright, naming where the key is.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const enum Expect {
  Value,
  ValueOrCloseArray,
  Key,
  KeyOrCloseObject,
  Colon,
  CommaOrClose,
  End,
}

const enum Token {
  None,
  String,
  Number,
  Literal,
}

// Number grammar states; Zero, Int, Frac and Exp may end the number.
const enum Num {
  Sign,
  Zero,
  Int,
  Dot,
  Frac,
  E,
  ESign,
  Exp,
}

const ARRAY = 0;
const OBJECT = 1;
/** Objects with more keys than this keep them in a Set rather than an array. */
const SMALL_OBJECT = 8;
const BOM = [0xef, 0xbb, 0xbf] as const;
/** Slots in the cache of decoded keys, and the longest key it holds, in bytes. */
const KEY_CACHE = 1024;
const KEY_CACHE_MAX_BYTES = 32;
const LITERALS = {
  t: new Uint8Array([0x74, 0x72, 0x75, 0x65]),
  f: new Uint8Array([0x66, 0x61, 0x6c, 0x73, 0x65]),
  n: new Uint8Array([0x6e, 0x75, 0x6c, 0x6c]),
};

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function isHex(byte: number): boolean {
  return isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

/** `"` `\` `/` `b` `f` `n` `r` `t`: the escapes that take no hex digits. */
function isSimpleEscape(byte: number): boolean {
  return (
    byte === 0x22 ||
    byte === 0x5c ||
    byte === 0x2f ||
    byte === 0x62 ||
    byte === 0x66 ||
    byte === 0x6e ||
    byte === 0x72 ||
    byte === 0x74
  );
}

function describeByte(byte: number): string {
  return byte >= 0x20 && byte < 0x7f
    ? JSON.stringify(String.fromCharCode(byte))
    : `byte 0x${byte.toString(16).padStart(2, '0')}`;
}

/**
 * Why the first bytes of a file read as UTF-16 (a byte order mark, or a zero byte beside a
 * first character that is ASCII, as in `{` written as UTF-16), or null when they do not.
 */
function utf16Hint(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const [a = 0, b = 0] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return 'it starts with a UTF-16 byte order mark';
  }
  const ascii = (byte: number) => byte > 0 && byte < 0x80;
  if ((ascii(a) && b === 0) || (a === 0 && ascii(b))) {
    return 'a zero byte comes with its first character';
  }
  return null;
}

function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Thrown inside the scanner to stop at the first problem; push() turns it into a result. */
class Stop extends Error {
  constructor(readonly problem: JsonScanError) {
    super(problem.message);
  }
}

/**
 * Scans JSON bytes chunk by chunk. Call {@link push} with each chunk, then {@link end}. Both
 * return the first problem found, or null; after a problem every call returns it again.
 */
export class JsonScanner {
  private readonly limits: JsonScanLimits;
  private problem: JsonScanError | null = null;

  private expect: Expect = Expect.Value;
  private token: Token = Token.None;
  /** Bytes before the current chunk. */
  private base = 0;
  private bomMatched = 0;
  private started = false;

  private line = 1;
  private lineStart = 0;
  /** UTF-16 units minus bytes so far on this line (multi-byte characters in strings). */
  private lineUnits = 0;

  private values = 0;
  // The open arrays and objects, innermost last, as parallel arrays.
  private readonly kinds: number[] = [];
  /** Items begun (arrays) or keys read (objects). */
  private readonly counts: number[] = [];
  /** An object's current key. */
  private readonly keys: Array<string | undefined> = [];
  /**
   * An object's keys so far, by level: a small array, then a Set past SMALL_OBJECT keys. Both
   * are kept for reuse by the next object at the same level, so scanning allocates little.
   */
  private readonly levelKeys: string[][] = [];
  private readonly levelSets: Array<Set<string> | undefined> = [];
  private readonly usesSet: boolean[] = [];
  /** Recent short plain keys by hash: most files repeat a handful of keys many times. */
  private readonly keyCache: Array<string | undefined> = new Array<string | undefined>(KEY_CACHE);
  private readonly itemLimits: number[] = [];

  private stringIsKey = false;
  /** Offset of the string's opening quote, and lineUnits there. */
  private stringStart = 0;
  private stringStartUnits = 0;
  private stringBytes = 0;
  /** 0: plain; 1: after a backslash; 2..5: hex digits of a \u escape still to come, plus 1. */
  private escape = 0;
  private readonly keyBytes: Uint8Array;
  /** limits.maxKeyBytes, kept to what keyBytes can hold. */
  private readonly maxKeyBytes: number;
  private keyPlain = true;

  private number: Num = Num.Int;
  private literal: Uint8Array = LITERALS.t;
  private literalIndex = 0;

  private readonly keyDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(limits: JsonScanLimits) {
    this.limits = limits;
    this.maxKeyBytes = Math.max(0, Math.min(limits.maxKeyBytes, 1 << 20));
    this.keyBytes = new Uint8Array(this.maxKeyBytes);
  }

  /** Scans the next chunk. */
  push(chunk: Uint8Array): JsonScanError | null {
    if (this.problem) return this.problem;
    try {
      this.scan(chunk);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      this.problem = error.problem;
    }
    this.base += chunk.length;
    return this.problem;
  }

  /** The input ended: null when it held exactly one JSON value. */
  end(): JsonScanError | null {
    if (this.problem) return this.problem;
    const at = this.base;
    try {
      if (this.token === Token.String) {
        const message = 'unterminated string';
        throw this.stopAt('syntax', this.stringStart, message, this.path(), this.stringStartUnits);
      }
      if (this.token === Token.Literal) throw this.stop('syntax', at, 'unexpected end of the file');
      if (this.token === Token.Number) this.endNumber(at);
      if (this.expect !== Expect.End) throw this.stop('syntax', at, 'unexpected end of the file');
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      this.problem = error.problem;
    }
    return this.problem;
  }

  private stop(kind: JsonScanError['kind'], offset: number, message: string): Stop {
    return this.stopAt(kind, offset, message, this.path());
  }

  private stopAt(
    kind: JsonScanError['kind'],
    offset: number,
    message: string,
    path: Array<string | number>,
    lineUnits: number = this.lineUnits,
  ): Stop {
    const column = offset - this.lineStart + lineUnits + 1;
    return new Stop({ kind, message, offset, line: this.line, column, path });
  }

  /** The path to the current place: the open containers' keys and indices. */
  private path(): Array<string | number> {
    const path: Array<string | number> = [];
    for (let level = 0; level < this.kinds.length; level += 1) {
      if (this.kinds[level] === ARRAY) {
        const begun = this.counts[level] ?? 0;
        if (begun > 0) path.push(begun - 1);
      } else {
        const key = this.keys[level];
        if (key !== undefined) path.push(key);
      }
    }
    return path;
  }

  private scan(bytes: Uint8Array): void {
    const n = bytes.length;
    let i = 0;
    if (this.base === 0 && !this.started) {
      const utf16 = utf16Hint(bytes);
      if (utf16) {
        throw this.stop(
          'syntax',
          0,
          `the file is UTF-16 text (${utf16}); save it as UTF-8, the encoding eTOM Studio reads`,
        );
      }
    }
    while (!this.started && i < n) {
      if (bytes[i] === BOM[this.bomMatched]) {
        this.bomMatched += 1;
        i += 1;
        if (this.bomMatched === BOM.length) {
          this.started = true;
          this.lineStart = BOM.length;
        }
      } else {
        // A partial mark is no JSON either: the scan below refuses the byte that follows it.
        this.started = true;
        if (this.bomMatched > 0) {
          throw this.stop('syntax', this.base + i, `unexpected ${describeByte(bytes[i] ?? 0)}`);
        }
      }
    }
    for (;;) {
      if (this.token === Token.String) i = this.scanString(bytes, i);
      else if (this.token === Token.Number) i = this.scanNumber(bytes, i);
      else if (this.token === Token.Literal) i = this.scanLiteral(bytes, i);
      if (this.token !== Token.None) return;
      // Whitespace; newlines occur only here, since strings may not hold raw control bytes.
      let byte = bytes[i];
      while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) {
        i += 1;
        if (byte === 0x0a) {
          this.line += 1;
          this.lineStart = this.base + i;
          this.lineUnits = 0;
        }
        byte = bytes[i];
      }
      if (byte === undefined) return;
      this.step(byte, this.base + i);
      i += 1;
    }
  }

  /** Handles one structural byte, or the first byte of a token. */
  private step(byte: number, at: number): void {
    switch (this.expect) {
      case Expect.Value:
      case Expect.ValueOrCloseArray:
        if (byte === 0x5d && this.expect === Expect.ValueOrCloseArray) return this.close();
        return this.beginValue(byte, at);
      case Expect.Key:
      case Expect.KeyOrCloseObject:
        if (byte === 0x7d && this.expect === Expect.KeyOrCloseObject) return this.close();
        if (byte !== 0x22) {
          throw this.stop(
            'syntax',
            at,
            `unexpected ${describeByte(byte)} where a property name in quotes was expected`,
          );
        }
        this.beginString(true, at);
        return;
      case Expect.Colon:
        if (byte !== 0x3a) {
          throw this.stop(
            'syntax',
            at,
            `expected ":" after the property name, found ${describeByte(byte)}`,
          );
        }
        this.expect = Expect.Value;
        return;
      case Expect.CommaOrClose: {
        const inObject = this.kinds[this.kinds.length - 1] === OBJECT;
        if (byte === 0x2c) {
          this.expect = inObject ? Expect.Key : Expect.Value;
        } else if (byte === (inObject ? 0x7d : 0x5d)) {
          this.close();
        } else {
          throw this.stop(
            'syntax',
            at,
            `expected "," or "${inObject ? '}' : ']'}", found ${describeByte(byte)}`,
          );
        }
        return;
      }
      case Expect.End:
        throw this.stop(
          'syntax',
          at,
          `unexpected ${describeByte(byte)} after the end of the JSON value`,
        );
    }
  }

  private beginValue(byte: number, at: number): void {
    const top = this.kinds.length - 1;
    if (this.kinds[top] === ARRAY) {
      const begun = (this.counts[top] ?? 0) + 1;
      this.counts[top] = begun;
      const limit = this.itemLimits[top] ?? Infinity;
      if (begun > limit) {
        const path = this.path();
        path.pop();
        throw this.stopAt(
          'too-many-items',
          at,
          `more than ${counted(limit, 'item', 'items')}; eTOM Studio reads no more here`,
          path,
        );
      }
    }
    this.values += 1;
    if (this.values > this.limits.maxValues) {
      throw this.stop(
        'too-large',
        at,
        `more than ${counted(this.limits.maxValues, 'value', 'values')}; eTOM Studio reads no more`,
      );
    }
    if (byte === 0x7b || byte === 0x5b) return this.open(byte === 0x7b ? OBJECT : ARRAY, at);
    if (byte === 0x22) return this.beginString(false, at);
    if (byte === 0x2d || isDigit(byte)) {
      this.token = Token.Number;
      this.number = byte === 0x2d ? Num.Sign : byte === 0x30 ? Num.Zero : Num.Int;
      return;
    }
    const literal =
      byte === 0x74
        ? LITERALS.t
        : byte === 0x66
          ? LITERALS.f
          : byte === 0x6e
            ? LITERALS.n
            : undefined;
    if (literal) {
      this.token = Token.Literal;
      this.literal = literal;
      this.literalIndex = 1;
      return;
    }
    throw this.stop('syntax', at, `unexpected ${describeByte(byte)} where a value was expected`);
  }

  private open(kind: number, at: number): void {
    if (this.kinds.length + 1 > this.limits.maxDepth) {
      throw this.stop('depth', at, `nesting deeper than ${this.limits.maxDepth} levels`);
    }
    let itemLimit = Infinity;
    if (kind === ARRAY && this.kinds.length === 1 && this.kinds[0] === OBJECT) {
      const key = this.keys[0];
      const limits = this.limits.rootArrayItems;
      if (key !== undefined && limits && Object.hasOwn(limits, key)) {
        itemLimit = limits[key] ?? Infinity;
      }
    }
    this.kinds.push(kind);
    this.counts.push(0);
    this.keys.push(undefined);
    this.itemLimits.push(itemLimit);
    if (kind === OBJECT) {
      const level = this.kinds.length - 1;
      const reused = this.levelKeys[level];
      if (reused) reused.length = 0;
      else this.levelKeys[level] = [];
      this.usesSet[level] = false;
    }
    this.expect = kind === OBJECT ? Expect.KeyOrCloseObject : Expect.ValueOrCloseArray;
  }

  private close(): void {
    const level = this.kinds.length - 1;
    if (this.usesSet[level]) {
      this.levelSets[level]?.clear();
      this.usesSet[level] = false;
    }
    this.kinds.pop();
    this.counts.pop();
    this.keys.pop();
    this.itemLimits.pop();
    this.afterValue();
  }

  private afterValue(): void {
    this.expect = this.kinds.length === 0 ? Expect.End : Expect.CommaOrClose;
  }

  private beginString(isKey: boolean, at: number): void {
    this.token = Token.String;
    this.stringStart = at;
    this.stringStartUnits = this.lineUnits;
    this.stringIsKey = isKey;
    this.stringBytes = 0;
    this.escape = 0;
    this.keyPlain = true;
  }

  /** Continues the string at `i`; returns where it stopped (after the closing quote). */
  private scanString(bytes: Uint8Array, start: number): number {
    const n = bytes.length;
    const isKey = this.stringIsKey;
    const limit = isKey ? this.maxKeyBytes : this.limits.maxStringBytes;
    let i = start;
    while (i < n) {
      if (this.escape === 0 && !isKey) {
        // The common case, kept tight: plain ASCII inside a string value.
        let j = i;
        let byte = bytes[j] as number;
        while (byte !== 0x22 && byte !== 0x5c && byte >= 0x20 && byte < 0x80) {
          j += 1;
          if (j === n) break;
          byte = bytes[j] as number;
        }
        const before = this.stringBytes;
        this.stringBytes += j - i;
        if (this.stringBytes > limit) this.stringTooLong(this.base + i + (limit - before));
        i = j;
        if (i === n) break;
      }
      const byte = bytes[i] as number;
      const at = this.base + i;
      if (this.escape === 0) {
        if (byte === 0x22) {
          this.token = Token.None;
          if (isKey) this.endKey();
          else this.afterValue();
          return i + 1;
        }
        if (byte === 0x5c) {
          this.escape = 1;
          this.keyPlain = false;
        } else if (byte < 0x20) {
          throw this.stop('syntax', at, 'control character inside a string');
        } else if (byte >= 0x80) {
          this.keyPlain = false;
          // Continuation bytes add no UTF-16 unit; a 4-byte lead makes two (a surrogate pair).
          if ((byte & 0xc0) === 0x80) this.lineUnits -= 1;
          else if (byte >= 0xf0) this.lineUnits += 1;
        }
      } else if (this.escape === 1) {
        if (byte === 0x75) this.escape = 5;
        else if (isSimpleEscape(byte)) this.escape = 0;
        else throw this.stop('syntax', at - 1, 'invalid escape sequence in a string');
      } else {
        if (!isHex(byte)) throw this.stop('syntax', at, 'invalid \\u escape in a string');
        this.escape -= 1;
        if (this.escape === 1) this.escape = 0;
      }
      this.stringBytes += 1;
      if (this.stringBytes > limit) this.stringTooLong(at);
      if (isKey) this.keyBytes[this.stringBytes - 1] = byte;
      i += 1;
    }
    return i;
  }

  private stringTooLong(at: number): never {
    if (this.stringIsKey) {
      throw this.stop(
        'too-large',
        at,
        `a property name longer than ${counted(this.maxKeyBytes, 'byte', 'bytes')}`,
      );
    }
    throw this.stop(
      'too-large',
      at,
      `a text longer than ${counted(this.limits.maxStringBytes, 'byte', 'bytes')}; eTOM Studio reads no longer text here`,
    );
  }

  private decodeKey(at: number): string {
    const length = this.stringBytes;
    const raw = this.keyBytes.subarray(0, length);
    if (this.keyPlain) {
      if (length > KEY_CACHE_MAX_BYTES) return String.fromCharCode(...raw);
      let hash = length;
      for (let k = 0; k < length; k += 1) hash = (Math.imul(hash, 31) + (raw[k] as number)) | 0;
      const slot = hash & (KEY_CACHE - 1);
      const cached = this.keyCache[slot];
      if (cached !== undefined && cached.length === length) {
        let same = true;
        for (let k = 0; k < length && same; k += 1) same = cached.charCodeAt(k) === raw[k];
        if (same) return cached;
      }
      const key = String.fromCharCode(...raw);
      this.keyCache[slot] = key;
      return key;
    }
    let text: string;
    try {
      text = this.keyDecoder.decode(raw);
    } catch {
      throw this.stop('syntax', at, 'a property name that is not valid UTF-8');
    }
    // The escapes were checked above, so this is a valid JSON string literal.
    return JSON.parse(`"${text}"`) as string;
  }

  private endKey(): void {
    const at = this.stringStart;
    const top = this.kinds.length - 1;
    const key = this.decodeKey(at);
    this.keys[top] = key;
    this.expect = Expect.Colon;
    const count = (this.counts[top] ?? 0) + 1;
    this.counts[top] = count;
    if (FORBIDDEN_KEYS.has(key)) {
      const message = `the key "${key}" is not allowed`;
      throw this.stopAt('forbidden-key', at, message, this.path(), this.stringStartUnits);
    }
    if (count > this.limits.maxObjectKeys) {
      throw this.stop(
        'too-large',
        at,
        `more than ${counted(this.limits.maxObjectKeys, 'property', 'properties')} in one object`,
      );
    }
    if (this.usesSet[top]) {
      const set = this.levelSets[top] as Set<string>;
      if (set.has(key)) this.duplicate(key, at);
      set.add(key);
      return;
    }
    const list = this.levelKeys[top] as string[];
    if (list.includes(key)) this.duplicate(key, at);
    list.push(key);
    if (list.length > SMALL_OBJECT) {
      const set = this.levelSets[top] ?? new Set<string>();
      for (const known of list) set.add(known);
      this.levelSets[top] = set;
      this.usesSet[top] = true;
    }
  }

  private duplicate(key: string, at: number): never {
    throw this.stopAt(
      'duplicate-key',
      at,
      `the key "${key}" appears more than once in the same object`,
      this.path(),
      this.stringStartUnits,
    );
  }

  private scanNumber(bytes: Uint8Array, start: number): number {
    const n = bytes.length;
    let i = start;
    let state = this.number;
    for (; i < n; i += 1) {
      const byte = bytes[i] as number;
      const digit = isDigit(byte);
      let next: Num | -1 = -1;
      switch (state) {
        case Num.Sign:
          next = byte === 0x30 ? Num.Zero : digit ? Num.Int : -1;
          if (next === -1) throw this.stop('syntax', this.base + i, 'invalid number');
          break;
        case Num.Zero:
          next = byte === 0x2e ? Num.Dot : byte === 0x65 || byte === 0x45 ? Num.E : -1;
          break;
        case Num.Int:
          next = digit
            ? Num.Int
            : byte === 0x2e
              ? Num.Dot
              : byte === 0x65 || byte === 0x45
                ? Num.E
                : -1;
          break;
        case Num.Dot:
          if (!digit) throw this.stop('syntax', this.base + i, 'invalid number');
          next = Num.Frac;
          break;
        case Num.Frac:
          next = digit ? Num.Frac : byte === 0x65 || byte === 0x45 ? Num.E : -1;
          break;
        case Num.E:
          next = byte === 0x2b || byte === 0x2d ? Num.ESign : digit ? Num.Exp : -1;
          if (next === -1) throw this.stop('syntax', this.base + i, 'invalid number');
          break;
        case Num.ESign:
          if (!digit) throw this.stop('syntax', this.base + i, 'invalid number');
          next = Num.Exp;
          break;
        case Num.Exp:
          next = digit ? Num.Exp : -1;
          break;
      }
      if (next === -1) {
        // The number ended just before this byte, which the caller reads next.
        this.number = state;
        this.endNumber(this.base + i);
        return i;
      }
      state = next;
    }
    this.number = state;
    return i;
  }

  private endNumber(at: number): void {
    const state = this.number;
    if (state !== Num.Zero && state !== Num.Int && state !== Num.Frac && state !== Num.Exp) {
      throw this.stop('syntax', at, 'invalid number');
    }
    this.token = Token.None;
    this.afterValue();
  }

  private scanLiteral(bytes: Uint8Array, start: number): number {
    const n = bytes.length;
    let i = start;
    while (i < n && this.literalIndex < this.literal.length) {
      if (bytes[i] !== this.literal[this.literalIndex]) {
        const first = this.literal[0] ?? 0;
        throw this.stop(
          'syntax',
          this.base + i - this.literalIndex,
          `unexpected ${describeByte(first)} where a value was expected`,
        );
      }
      this.literalIndex += 1;
      i += 1;
    }
    if (this.literalIndex === this.literal.length) {
      this.token = Token.None;
      this.afterValue();
    }
    return i;
  }
}

/**
 * Checks that `bytes` hold one JSON value within `limits`. Returns null when they do, else the
 * first problem found.
 */
export function scanJson(bytes: Uint8Array, limits: JsonScanLimits): JsonScanError | null {
  const scanner = new JsonScanner(limits);
  return scanner.push(bytes) ?? scanner.end();
}
