import path from 'node:path';
import { decodeUtf8 } from '../../../shared/codecs/safe-json';
import { HostFailure } from '../../../shared/ipc/errors';
import { LIMITS } from '../../../shared/model/limits';
import { readFileLimited } from '../../services/workspace/read-limited';

/** A company process name read from a file, and the 1-based line it came from. */
export interface NameLine {
  name: string;
  line: number;
}

/** True for a C0 control character (tab aside) or DEL: never part of a process name. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

function fault(file: string, line: number, message: string): HostFailure {
  return new HostFailure({ code: 'PARSE_ERROR', message: `${file}:${line}: ${message}`, file });
}

/**
 * Parses one company process name per line (UTF-8, LF or CRLF, a leading byte-order mark
 * allowed). Blank lines and lines starting with `#` are skipped; surrounding spaces trimmed.
 * Errors name the file and the line.
 */
export function parseNameLines(text: string, file: string): NameLine[] {
  const names: NameLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const name = raw.trim();
    if (name === '' || name.startsWith('#')) return;
    if (hasControl(name)) throw fault(file, line, 'the name holds a control character');
    if (name.length > LIMITS.maxNameLength) {
      throw fault(file, line, `the name is longer than ${LIMITS.maxNameLength} characters`);
    }
    if (names.length >= LIMITS.maxProcesses) {
      throw fault(file, line, `more than ${LIMITS.maxProcesses} names`);
    }
    names.push({ name, line });
  });
  if (names.length === 0) {
    throw new HostFailure({
      code: 'PARSE_ERROR',
      message: `${file}: no process names (write one per line)`,
      file,
    });
  }
  return names;
}

/** Reads and parses a names file (see `parseNameLines`); `file` as given on the command line. */
export async function readNameLines(file: string): Promise<NameLine[]> {
  const bytes = await readFileLimited(path.resolve(file), file);
  if (bytes === null) {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${file}: no such file`, file });
  }
  return parseNameLines(decodeUtf8(bytes, file), file);
}
