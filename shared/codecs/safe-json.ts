import { HostFailure, formatJsonPath } from '../ipc/errors';
import { LIMITS } from '../model/limits';
import { scanJson } from './json-scan';

/**
 * Keys that could change an object's prototype once a parsed value is copied with
 * Object.assign or spread. JSON.parse itself makes them ordinary own properties, but no file of
 * ours ever has them, so a file that does is refused outright, naming where the key is. A
 * refusal is clearer than silently dropping data and leaves nothing for later code to trip on.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The line and column (both from 1) of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes bytes as strict UTF-8 (invalid sequences are an error, never U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file} is not valid UTF-8 text.`,
      file,
    });
  }
}

/** Finds the first forbidden key, breadth-first, and returns its JSON path. */
function findForbiddenKey(root: unknown): Array<string | number> | null {
  const queue: Array<{ value: unknown; path: Array<string | number> }> = [
    { value: root, path: [] },
  ];
  for (let head = 0; head < queue.length; head += 1) {
    const { value, path } = queue[head] as { value: unknown; path: Array<string | number> };
    if (Array.isArray(value)) {
      value.forEach((item, index) => queue.push({ value: item, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return [...path, key];
        queue.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return null;
}

/**
 * Parses JSON text read from disk, refusing what could hurt: a leading UTF-8 BOM is removed;
 * nesting deeper than `maxDepth` is refused (TOO_DEEP) by a pre-scan before JSON.parse; syntax
 * errors (PARSE_ERROR) give line and column; `__proto__`, `constructor` and `prototype` keys
 * are refused (PARSE_ERROR) with their JSON path. `file` names the file in every error.
 */
export function parseJsonSafe(
  text: string,
  file: string,
  maxDepth: number = LIMITS.maxDepth,
): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = scanJson(body, maxDepth);
  if (problem) {
    const { line, column } = lineAndColumn(body, problem.offset);
    throw new HostFailure({
      code: problem.kind === 'depth' ? 'TOO_DEEP' : 'PARSE_ERROR',
      message: `${file}, line ${line}, column ${column}: ${problem.message}.`,
      file,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // The scanner accepts only valid JSON, so this is a safety net, not an expected path.
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file}: ${error instanceof Error ? error.message : 'invalid JSON'}.`,
      file,
    });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    const jsonPath = formatJsonPath(forbidden);
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file}, ${jsonPath}: the key "${String(forbidden[forbidden.length - 1])}" is not allowed.`,
      file,
      jsonPath,
    });
  }
  return value;
}
