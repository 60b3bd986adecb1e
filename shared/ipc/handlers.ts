import type { HostMethodName, HostMethods } from './contract';
import type { ParsedArgsOf, ResultOf } from './define';

/** The implementation of one method: gets validated arguments, resolves with the result. */
export type Handler<N extends HostMethodName> = (
  args: ParsedArgsOf<HostMethods[N]>,
) => Promise<ResultOf<HostMethods[N]>>;

/** Implementations for a set of methods, keyed by wire name. */
export type Handlers<N extends HostMethodName> = { [K in N]: Handler<K> };

/** Implementations for every method of the contract: what a host must provide. */
export type HostHandlers = Handlers<HostMethodName>;
