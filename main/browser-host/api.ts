import type { IncomingMessage } from 'node:http';
import { isHostMethod } from '../../shared/ipc/contract';
import type { HostHandlers } from '../../shared/ipc/handlers';
import type { ErrorCode, HostResult } from '../../shared/ipc/errors';
import { dispatch } from '../host/dispatch';
import { isJsonContentType } from './request-guard';

/** Largest request body accepted: a big workspace document plus room to spare. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

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
    payload = JSON.parse(body.toString('utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(400, 'INVALID_ARGUMENT', `The request body is not valid JSON: ${detail}`);
  }
  return { status: 200, body: await dispatch(handlers, method, payload) };
}

/** Collects the body, or null (and stops reading) once it passes the limit. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolvePromise(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!over) resolvePromise(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}
