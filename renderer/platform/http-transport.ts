import type { HostResult } from '../../shared/ipc/errors';

/** Reads the per-launch token the browser host writes into the page it serves. */
export function readPageToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="etom-host-token"]');
  return meta?.content ?? '';
}

function failure(message: string): HostResult<unknown> {
  return { ok: false, error: { code: 'IO_ERROR', message } };
}

/**
 * Calls a method of the browser host: `POST /api/<name>` with the token header. A network
 * failure or a non-JSON answer becomes a HostResult too, so callers handle one shape.
 */
export async function callOverHttp(
  token: string,
  name: string,
  args: unknown,
): Promise<HostResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Etom-Token': token },
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
