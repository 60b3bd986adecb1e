import type { ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JsonParts } from '../../shared/ipc/json-parts';
import { SECURITY_HEADERS } from '../services/app/security-headers';

/**
 * Characters serialised per turn of the event loop: a few milliseconds of JSON.stringify, so a
 * ping waits at most about that long behind a 43.5 MB answer (one JSON.stringify of it held the
 * host for 125-432 ms).
 */
export const ANSWER_PART_CHARS = 128 * 1024;

const JSON_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

/**
 * Sends `body` as JSON. An answer that fits in one part goes out at once with its length; a
 * larger one is serialised part by part (shared/ipc/json-parts.ts), chunked, with a turn of the
 * event loop between parts, and waits for 'drain' when the socket's buffer is full, so neither the
 * serialising nor a slow reader holds the host. A client that goes away ends the sending.
 */
export async function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  partChars: number = ANSWER_PART_CHARS,
): Promise<void> {
  const parts = new JsonParts(body);
  const first = parts.next(partChars) ?? 'null';
  if (parts.done) {
    response.writeHead(status, { ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(first) });
    response.end(first);
    return;
  }
  response.writeHead(status, JSON_HEADERS);
  let part: string | null = first;
  while (part !== null) {
    if (response.destroyed) return;
    if (!response.write(part)) await drainedOrClosed(response);
    // Always a turn of the event loop, even after 'drain': when the kernel takes a write at
    // once, 'drain' comes on the next tick, and waiting for it alone would serialise the whole
    // answer in one run of the microtask queue (a 43.5 MB answer held the host for 0.4 s).
    await nextTurn();
    part = parts.next(partChars);
  }
  if (!response.destroyed) response.end();
}

/** Resolves when the socket can take more, or is gone; leaves no listener behind. */
function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
