import { parseNumberList } from './svg-numbers';

/** A 2D affine matrix [a, b, c, d, e, f], as SVG and PDF both write it. */
export type Matrix = [number, number, number, number, number, number];

/** `m` after `n`: a point is moved by `n` first, as a nested SVG transform is. */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * Reads a `transform` of the export vocabulary: a list of `translate(x [y])`, `scale(sx [sy])`
 * and `rotate(degrees)` (about the origin; lane titles run up their header), composed left to
 * right as SVG does. Throws, naming the function, for anything else (skew, matrix, rotate about
 * a point) or a wrong number of arguments.
 */
export function parseTransform(value: string): Matrix {
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const rest = value.replace(
    /\s*(translate|scale|rotate)\s*\(([^()]*)\)\s*,?/g,
    (_all, name: string, args: string) => {
      const numbers = parseNumberList(args);
      if (name === 'rotate') {
        if (numbers.length !== 1) {
          throw new Error(`transform "${value}" gives rotate() ${numbers.length} numbers (1)`);
        }
        const radians = ((numbers[0] as number) * Math.PI) / 180;
        const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
        matrix = multiply(matrix, [cos, sin, -sin, cos, 0, 0]);
        return '';
      }
      if (numbers.length < 1 || numbers.length > 2) {
        throw new Error(`transform "${value}" gives ${name}() ${numbers.length} numbers (1 or 2)`);
      }
      const [first, second] = numbers as [number, number | undefined];
      const step: Matrix =
        name === 'translate'
          ? [1, 0, 0, 1, first, second ?? 0]
          : [first, 0, 0, second ?? first, 0, 0];
      matrix = multiply(matrix, step);
      return '';
    },
  );
  if (rest.trim() !== '') {
    throw new Error(
      `transform "${value}" has "${rest.trim()}" (only translate(), scale() and rotate())`,
    );
  }
  return matrix;
}
