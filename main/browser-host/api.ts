import type { IncomingMessage } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JsonScanner, type JsonScanLimits } from '../../shared/codecs/json-scan';
import { DEFAULT_JSON_LIMITS, parseScannedText, scanFailure } from '../../shared/codecs/safe-json';
import { isHostMethod } from '../../shared/ipc/contract';
import type { HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure, type ErrorCode, type HostResult } from '../../shared/ipc/errors';
import { LIMITS } from '../../shared/model/limits';
import { dispatch } from '../host/dispatch';
import { isJsonContentType } from './request-guard';

/** Largest request body accepted: a big workspace document plus room to spare. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * What a request body is held to before JSON.parse sees it: the nesting, value count and key
 * limits of every JSON the app reads, with room for a whole document's values.
 */
export const BODY_JSON_LIMITS: JsonScanLimits = {
  ...DEFAULT_JSON_LIMITS,
  maxValues: LIMITS.maxDocumentJsonValues,
};

const BODY = 'The request body';

export interface ApiReply {
  status: number;
  body: HostResult<unknown>;
}

function failure(status: number, code: ErrorCode, message: string): ApiReply {
  return { status, body: { ok: false, error: { code, message } } };
}

/**
 * Answers `POST /api/<method>` once the caller has passed the Host, Origin and session checks.
 * Every answer is a HostResult; transport problems also get a 4xx status.
 */
export async function handleApiCall(
  request: IncomingMessage,
  method: string,
  handlers: HostHandlers,
  maxBodyBytes: number = MAX_BODY_BYTES,
): Promise<ApiReply> {
  if (!isHostMethod(method)) {
    request.resume();
    return failure(404, 'UNKNOWN_METHOD', `Unknown host method: ${method.slice(0, 100)}`);
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    request.resume();
    return failure(415, 'INVALID_ARGUMENT', 'The request body must be application/json.');
  }
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBodyBytes) {
    request.resume();
    return failure(413, 'TOO_LARGE', `The request is larger than ${maxBodyBytes} bytes.`);
  }
  const body = await readBody(request, maxBodyBytes);
  if (body === null) {
    return failure(413, 'TOO_LARGE', `The request is larger than ${maxBodyBytes} bytes.`);
  }
  let payload: unknown;
  try {
    if (body instanceof HostFailure) throw body;
    // Parsing and validating a large body are separate turns, each shorter than the whole.
    await nextTurn();
    payload = parseScannedText(body, BODY);
    await nextTurn();
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    return bodyRefusal(error);
  }
  return { status: 200, body: await dispatch(handlers, method, payload) };
}

/**
 * The answer to a body the scan refused: too large (413) or too deep (400) as such; bad
 * syntax, bad UTF-8 or a repeated or forbidden key are an invalid argument (400). Where the
 * problem has a JSON path, the answer gives it.
 */
function bodyRefusal(refusal: HostFailure): ApiReply {
  const { code, message, jsonPath } = refusal.error;
  const status = code === 'TOO_LARGE' ? 413 : 400;
  const answered: ErrorCode =
    code === 'TOO_LARGE' || code === 'TOO_DEEP' ? code : 'INVALID_ARGUMENT';
  return {
    status,
    body: { ok: false, error: { code: answered, message, ...(jsonPath ? { jsonPath } : {}) } },
  };
}

/**
 * Reads the body, scanning (json-scan.ts) and decoding it as it arrives, so that a body past
 * the nesting, value or size limits is refused at the chunk that breaks them without holding
 * the rest, and a large one is never copied whole before JSON.parse: null once it passes
 * `limit` bytes, the refusal, or the body's text.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | HostFailure | null> {
  return new Promise((resolvePromise, reject) => {
    const scanner = new JsonScanner(BODY_JSON_LIMITS);
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let text = '';
    let size = 0;
    let settled = false;
    const settle = (result: string | HostFailure | null): void => {
      settled = true;
      text = '';
      resolvePromise(result);
    };
    const notUtf8 = (): HostFailure =>
      new HostFailure({ code: 'PARSE_ERROR', message: `${BODY} is not valid UTF-8 text.` });
    request.on('data', (chunk: Buffer) => {
      // Once refused, what still arrives is read and dropped.
      if (settled) return;
      size += chunk.length;
      if (size > limit) return settle(null);
      const problem = scanner.push(chunk);
      if (problem) return settle(scanFailure(problem, BODY));
      try {
        // Pieces of a rope: nothing is copied until JSON.parse reads the whole.
        text += decoder.decode(chunk, { stream: true });
      } catch {
        settle(notUtf8());
      }
    });
    request.on('end', () => {
      if (settled) return;
      const problem = scanner.end();
      if (problem) return settle(scanFailure(problem, BODY));
      try {
        settle(text + decoder.decode());
      } catch {
        settle(notUtf8());
      }
    });
    request.on('error', reject);
  });
}
