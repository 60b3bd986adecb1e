/** What a path is drawn into: PDFKit's document has exactly these methods. */
export interface PathSink {
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): unknown;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): unknown;
  closePath(): unknown;
}

/** The arguments each command of the export vocabulary takes (absolute commands only). */
const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, Q: 4, Z: 0 };
const TOKEN = /\s*,?\s*(?:([A-Za-z])|([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?))/y;

interface Command {
  letter: string;
  args: number[];
}

function tokenise(d: string): Command[] {
  const commands: Command[] = [];
  let at = 0;
  while (at < d.length) {
    if (/^[\s,]*$/.test(d.slice(at))) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(d);
    if (match === null)
      throw new Error(
        `path data "${short(d)}" has "${d.slice(at, at + 8).trim()}", which is not a command or a number`,
      );
    at = TOKEN.lastIndex;
    const [, letter, number] = match;
    if (letter !== undefined) {
      const upper = letter === 'z' ? 'Z' : letter;
      if (!(upper in ARITY)) {
        throw new Error(
          `path data "${short(d)}" uses the command "${letter}" (only absolute M, L, H, V, C, Q and Z)`,
        );
      }
      commands.push({ letter: upper, args: [] });
    } else {
      const last = commands.at(-1);
      if (last === undefined)
        throw new Error(`path data "${short(d)}" does not start with a command`);
      last.args.push(Number(number));
    }
  }
  return commands;
}

const short = (d: string) => (d.length > 40 ? `${d.slice(0, 40)}…` : d);

/**
 * Draws SVG path data of the export vocabulary (absolute M L H V C Q and Z, with the implicit
 * repetition SVG allows: `M 0 0 10 10` is a move then a line) into `sink`. Throws, naming the
 * command, for relative commands, arcs, smooth curves or a wrong number of arguments.
 */
export function drawPathData(d: string, sink: PathSink): void {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const { letter, args } of tokenise(d)) {
    const arity = ARITY[letter]!;
    if (arity === 0) {
      if (args.length > 0) throw new Error(`path data "${short(d)}" gives Z arguments`);
      sink.closePath();
      x = startX;
      y = startY;
      continue;
    }
    if (args.length === 0 || args.length % arity !== 0) {
      throw new Error(
        `path data "${short(d)}" gives ${letter} ${args.length} numbers (a multiple of ${arity})`,
      );
    }
    for (let i = 0; i < args.length; i += arity) {
      const a = args.slice(i, i + arity) as [number, number, number, number, number, number];
      const kind = letter === 'M' && i > 0 ? 'L' : letter;
      switch (kind) {
        case 'M':
          [x, y] = a;
          [startX, startY] = a;
          sink.moveTo(x, y);
          break;
        case 'L':
          [x, y] = a;
          sink.lineTo(x, y);
          break;
        case 'H':
          x = a[0];
          sink.lineTo(x, y);
          break;
        case 'V':
          y = a[0];
          sink.lineTo(x, y);
          break;
        case 'C':
          sink.bezierCurveTo(a[0], a[1], a[2], a[3], a[4], a[5]);
          [x, y] = [a[4], a[5]];
          break;
        default:
          sink.quadraticCurveTo(a[0], a[1], a[2], a[3]);
          [x, y] = [a[2], a[3]];
      }
    }
  }
}
