import { HostFailure, type HostError } from '../../../shared/ipc/errors';

/** The HostError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostFailure) return error.error;
    throw error;
  }
  throw new Error('expected a HostFailure');
}

/** The HostError a synchronous action throws; fails the test otherwise. */
export function failureOfSync(action: () => unknown): HostError {
  try {
    action();
  } catch (error) {
    if (error instanceof HostFailure) return error.error;
    throw error;
  }
  throw new Error('expected a HostFailure');
}
