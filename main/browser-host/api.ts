import type { IncomingMessage } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JsonScanner, type JsonScanLimits } from '../../shared/codecs/json-scan';
import { DEFAULT_JSON_LIMITS, parseScannedJson, scanFailure } from '../../shared/codecs/safe-json';
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
 * Answers `POST /api/<method>` once the caller has passed the Host, Origin and token checks.
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
    payload = parseScannedJson(body, BODY);
    await nextTurn();
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    const { code, message, jsonPath } = error.error;
    // Syntax, a repeated or forbidden key: the caller sent an invalid argument.
    const [status, answered]: [number, ErrorCode] =
      code === 'TOO_LARGE' || code === 'TOO_DEEP'
        ? [code === 'TOO_LARGE' ? 413 : 400, code]
        : [400, 'INVALID_ARGUMENT'];
    return {
      status,
      body: { ok: false, error: { code: answered, message, ...(jsonPath ? { jsonPath } : {}) } },
    };
  }
  return { status: 200, body: await dispatch(handlers, method, payload) };
}

/**
 * Collects the body, scanning it as it arrives (json-scan.ts), so that a body past the
 * nesting, value or size limits is refused at the chunk that breaks them, without holding the
 * rest: null once it passes `limit` bytes, the scanner's refusal, or the whole body.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | HostFailure | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    const scanner = new JsonScanner(BODY_JSON_LIMITS);
    let size = 0;
    let settled = false;
    const settle = (result: Buffer | HostFailure | null): void => {
      settled = true;
      chunks.length = 0;
      resolvePromise(result);
    };
    request.on('data', (chunk: Buffer) => {
      // Once refused, what still arrives is read and dropped.
      if (settled) return;
      size += chunk.length;
      if (size > limit) return settle(null);
      const problem = scanner.push(chunk);
      if (problem) return settle(scanFailure(problem, BODY));
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (settled) return;
      const problem = scanner.end();
      if (problem) return settle(scanFailure(problem, BODY));
      const body = Buffer.concat(chunks, size);
      settled = true;
      resolvePromise(body);
    });
    request.on('error', reject);
  });
}
