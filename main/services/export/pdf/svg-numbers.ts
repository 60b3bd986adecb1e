const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

/**
 * Reads a list of numbers separated by white space and/or commas, as SVG writes `points`,
 * `viewBox` and `stroke-dasharray`. Throws on anything else (the caller names the element).
 */
export function parseNumberList(text: string): number[] {
  const numbers: number[] = [];
  let at = 0;
  const skipSeparators = () => {
    while (at < text.length && /[\s,]/.test(text[at]!)) at += 1;
  };
  skipSeparators();
  while (at < text.length) {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (match === null)
      throw new Error(`"${text}" is not a list of numbers (at "${text.slice(at, at + 10)}")`);
    numbers.push(Number(match[0]));
    at = NUMBER.lastIndex;
    skipSeparators();
  }
  return numbers;
}

/** Reads one number (SVG lengths without units); throws on anything else. */
export function parseNumber(text: string): number {
  const numbers = parseNumberList(text);
  if (numbers.length !== 1 || !Number.isFinite(numbers[0])) {
    throw new Error(`"${text}" is not a number`);
  }
  return numbers[0]!;
}
