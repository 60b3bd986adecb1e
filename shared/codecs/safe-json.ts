import { HostFailure, formatJsonPath, type ErrorCode } from '../ipc/errors';
import { LIMITS } from '../model/limits';
import { scanJson, type JsonScanError, type JsonScanLimits } from './json-scan';

/** What any JSON the app reads is held to, unless its reader says more precisely. */
export const DEFAULT_JSON_LIMITS: JsonScanLimits = {
  maxDepth: LIMITS.maxDepth,
  maxValues: LIMITS.maxJsonValues,
  maxObjectKeys: LIMITS.maxJsonObjectKeys,
  maxKeyBytes: LIMITS.maxJsonKeyBytes,
  maxStringBytes: Infinity,
};

const CODES: Record<JsonScanError['kind'], ErrorCode> = {
  syntax: 'PARSE_ERROR',
  depth: 'TOO_DEEP',
  'too-large': 'TOO_LARGE',
  // The same bound the schema puts on the array, checked before parsing.
  'too-many-items': 'SCHEMA_ERROR',
  'forbidden-key': 'PARSE_ERROR',
  'duplicate-key': 'PARSE_ERROR',
};

/**
 * The HostFailure for a problem the scanner found in `file`. Syntax and depth errors give the
 * line and column; the others give the JSON path (and, for keys, the line and column too).
 */
export function scanFailure(problem: JsonScanError, file: string): HostFailure {
  const where = `line ${problem.line}, column ${problem.column}`;
  const code = CODES[problem.kind];
  if (problem.kind === 'syntax' || problem.kind === 'depth') {
    return new HostFailure({ code, message: `${file}, ${where}: ${problem.message}.`, file });
  }
  const jsonPath = formatJsonPath(problem.path);
  const isKey = problem.kind === 'forbidden-key' || problem.kind === 'duplicate-key';
  return new HostFailure({
    code,
    message: `${file}, ${jsonPath}${isKey ? ` (${where})` : ''}: ${problem.message}.`,
    file,
    jsonPath,
  });
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

/**
 * Parses bytes that {@link scanJson} has already accepted: decodes them as strict UTF-8, drops
 * a byte order mark, and runs JSON.parse. The scan is what makes JSON.parse safe here.
 */
export function parseScannedJson(bytes: Uint8Array, file: string): unknown {
  return parseScannedText(decodeUtf8(bytes, file), file);
}

/** {@link parseScannedJson} for scanned bytes already decoded. */
export function parseScannedText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // The scanner accepts only valid JSON, so this is a safety net, not an expected path.
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file}: ${error instanceof Error ? error.message : 'invalid JSON'}.`,
      file,
    });
  }
}

/**
 * Parses JSON bytes read from disk or received, refusing what could hurt, all before
 * JSON.parse sees them (see json-scan.ts): nesting deeper than the limit (TOO_DEEP); more
 * values or properties, or longer names or strings, than the limits (TOO_LARGE, with the JSON
 * path); syntax errors and invalid UTF-8 (PARSE_ERROR, with line and column); `__proto__`,
 * `constructor` and `prototype` keys and a key repeated in one object (PARSE_ERROR, with the
 * JSON path). A leading UTF-8 BOM is allowed. `file` names the input in every error.
 */
export function parseJsonBytes(
  bytes: Uint8Array,
  file: string,
  limits: JsonScanLimits = DEFAULT_JSON_LIMITS,
): unknown {
  const problem = scanJson(bytes, limits);
  if (problem) throw scanFailure(problem, file);
  return parseScannedJson(bytes, file);
}

/** {@link parseJsonBytes} for text already in memory. */
export function parseJsonSafe(
  text: string,
  file: string,
  limits: JsonScanLimits = DEFAULT_JSON_LIMITS,
): unknown {
  return parseJsonBytes(new TextEncoder().encode(text), file, limits);
}
