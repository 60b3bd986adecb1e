import type { HostResult } from '../../shared/ipc/errors';

function failure(message: string): HostResult<unknown> {
  return { ok: false, error: { code: 'IO_ERROR', message } };
}

/**
 * Calls a method of the browser host: `POST /api/<name>`. The session cookie the host set when
 * the launch link was opened goes with it (same origin); the page itself holds no secret.
 * A network failure or a non-JSON answer becomes a HostResult too, so callers handle one shape.
 */
export async function callOverHttp(name: string, args: unknown): Promise<HostResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(args ?? {}),
    });
  } catch (error) {
    return failure(`Cannot reach the eTOM Studio host: ${String(error)}`);
  }
  try {
    return (await response.json()) as HostResult<unknown>;
  } catch {
    return failure(`The host answered ${response.status} ${response.statusText} without a result`);
  }
}
