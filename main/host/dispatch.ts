import { HOST_METHODS, isHostMethod } from '../../shared/ipc/contract';
import type { HostHandlers } from '../../shared/ipc/handlers';
import { HostFailure, formatJsonPath, type HostResult } from '../../shared/ipc/errors';
import type { AnyMethodSpec } from '../../shared/ipc/define';

/**
 * The one entry point both transports use: looks the method up, validates the payload with
 * its schema, runs the handler and turns every failure into a typed result. No exception
 * crosses the host boundary, and no handler body runs with an invalid payload.
 */
export async function dispatch(
  handlers: HostHandlers,
  name: unknown,
  payload: unknown,
): Promise<HostResult<unknown>> {
  if (typeof name !== 'string' || !isHostMethod(name)) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        // String(name) can throw (an object whose toString is not a function), so only
        // strings are echoed back.
        message: `Unknown host method: ${typeof name === 'string' ? name.slice(0, 100) : `(${typeof name})`}`,
      },
    };
  }
  const spec = HOST_METHODS[name] as AnyMethodSpec;
  const parsed = spec.args.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `Invalid arguments for ${name}: ${issue ? `${formatJsonPath(issue.path)}: ${issue.message}` : 'rejected'}`,
        jsonPath: issue ? formatJsonPath(issue.path) : undefined,
      },
    };
  }
  const handler = handlers[name] as (args: unknown) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HostFailure) return { ok: false, error: error.error };
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Unexpected error in ${name}: ${message}` },
    };
  }
}
