import type { z } from 'zod';

/** One host method: its wire name, the schema its argument must pass, and (as a type) its result. */
export interface MethodSpec<N extends string, A extends z.ZodType, R> {
  readonly name: N;
  readonly args: A;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: R;
}

export type AnyMethodSpec = MethodSpec<string, z.ZodType, unknown>;

/** Declares a host method. The result type is given explicitly: `method<Result>()(name, args)`. */
export function method<R>() {
  return <N extends string, A extends z.ZodType>(name: N, args: A): MethodSpec<N, A, R> => ({
    name,
    args,
  });
}

/** What the caller passes (before schema defaults). */
export type ArgsOf<M> = M extends MethodSpec<string, infer A, unknown> ? z.input<A> : never;
/** What a handler receives (after validation). */
export type ParsedArgsOf<M> = M extends MethodSpec<string, infer A, unknown> ? z.output<A> : never;
export type ResultOf<M> = M extends MethodSpec<string, z.ZodType, infer R> ? R : never;
