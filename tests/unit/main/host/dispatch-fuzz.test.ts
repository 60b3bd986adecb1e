import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOST_METHODS, type HostMethodName } from '../../../../shared/ipc/contract';
import type { AnyMethodSpec } from '../../../../shared/ipc/define';
import type { HostHandlers } from '../../../../shared/ipc/handlers';
import { HostFailure } from '../../../../shared/ipc/errors';
import { dispatch } from '../../../../main/host/dispatch';
import { reportFigures } from '../../../support/scorecard';

const RUNS_PER_METHOD = 1_000;
const names = Object.keys(HOST_METHODS) as HostMethodName[];

/** Spy handlers: each records the arguments it was called with (the seam under test). */
function spyHandlers(): { handlers: HostHandlers; calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const handlers = Object.fromEntries(
    names.map((name) => [
      name,
      (args: unknown) => {
        calls.push([name, args]);
        return Promise.resolve('spy-result');
      },
    ]),
  ) as unknown as HostHandlers;
  return { handlers, calls };
}

/** Valid arguments for the methods whose arguments are small, to mutate from. */
const SAMPLES: Partial<Record<HostMethodName, Record<string, unknown>>> = {
  'app.info': {},
  'app.ping': {},
  'app.setMenuState': { enabled: ['workspace.save'] },
  'settings.get': {},
  'settings.setPreferences': { preferences: { theme: 'dark' } },
  'recent.list': {},
  'recent.remove': { path: '/tmp/w' },
  'dialog.pickFolder': { purpose: 'open' },
  'folder.inspect': { path: '/tmp/w' },
  'folder.list': { path: '~/w' },
  'folder.create': { path: '/tmp', name: 'w' },
  'workspace.open': { path: '/tmp/w' },
  'workspace.reload': { handle: 'ws-abcdefgh' },
  'workspace.close': { handle: 'ws-abcdefgh' },
  'workspace.takeOver': { handle: 'ws-abcdefgh', force: true },
  'journal.discard': { handle: 'ws-abcdefgh' },
  'workspace.pollChanges': { waitMs: 0 },
  'framework.importWorkbook': { path: '/tmp/gb921.xlsx' },
  'framework.listPacks': {},
  'framework.loadUserPack': { packId: 'gb921-v25.5-licensed' },
  'export.write': { path: '/tmp/map.svg', format: 'svg', svg: '<svg/>' },
  'dialog.pickSaveFile': { suggestedName: 'map.svg', format: 'svg' },
};

const hostile = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.jsonValue(),
  // Objects as JSON.parse makes them, with own __proto__ / constructor keys.
  fc
    .dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'path',
        'handle',
        'document',
        'purpose',
        'waitMs',
        'preferences',
      ),
      fc.jsonValue(),
      { maxKeys: 4 },
    )
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  fc.string({ maxLength: 10_000 }).map((huge) => ({ path: huge.repeat(10) })),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => {
    let nested: unknown = 'x';
    for (let i = 0; i < depth; i++) nested = [nested];
    return { path: nested, document: nested };
  }),
);

function mutated(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample);
  return fc.oneof(
    fc.constant(sample),
    fc
      .record({ key: fc.string({ maxLength: 12 }), value: fc.jsonValue() })
      .map(({ key, value }) => ({ ...sample, [key]: value })),
    keys.length === 0
      ? fc.constant({ extra: 1 })
      : fc
          .record({ key: fc.constantFrom(...keys), value: fc.anything() })
          .map(({ key, value }) => ({ ...sample, [key]: value })),
    keys.length === 0
      ? fc.constant(null)
      : fc
          .constantFrom(...keys)
          .map((drop) =>
            Object.fromEntries(Object.entries(sample).filter(([key]) => key !== drop)),
          ),
  );
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** G.31: what the fuzz sent each method, counted once its checks passed. */
const fuzzed = { methods: 0, payloads: 0, refused: 0, valid: 0 };

describe('dispatch under arbitrary payloads', () => {
  afterAll(() => {
    reportFigures('G.31', 'arbitrary payloads through dispatch', {
      channels: names.length,
      'channels fuzzed': fuzzed.methods,
      'payloads per channel': RUNS_PER_METHOD,
      payloads: fuzzed.payloads,
      'refused with INVALID_ARGUMENT, handler not run': fuzzed.refused,
      'valid ones run': fuzzed.valid,
    });
  });

  for (const name of names) {
    it(`${name}: no exception escapes and invalid payloads never reach the handler`, async () => {
      const spec = HOST_METHODS[name] as AnyMethodSpec;
      const sample = SAMPLES[name];
      const payloads = sample === undefined ? hostile : fc.oneof(hostile, mutated(sample));
      const before = prototypeKeys();
      let reached = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          const { handlers, calls } = spyHandlers();
          const valid = spec.args.safeParse(payload).success;
          const result = await dispatch(handlers, name, payload);
          if (valid) {
            reached++;
            expect(result).toEqual({ ok: true, value: 'spy-result' });
            expect(calls).toHaveLength(1);
            expect(spec.args.safeParse(calls[0]?.[1]).success).toBe(true);
          } else {
            refused++;
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('INVALID_ARGUMENT');
              expect(result.error.message).toContain(name);
            }
            expect(calls).toEqual([]);
          }
        }),
        { numRuns: RUNS_PER_METHOD },
      );
      expect(prototypeKeys()).toEqual(before);
      expect(reached + refused).toBe(RUNS_PER_METHOD);
      expect(refused).toBeGreaterThan(RUNS_PER_METHOD / 2);
      if (sample !== undefined) expect(reached).toBeGreaterThan(0);
      fuzzed.methods += 1;
      fuzzed.payloads += reached + refused;
      fuzzed.refused += refused;
      fuzzed.valid += reached;
    });
  }

  it('answers UNKNOWN_METHOD for any name outside the contract, reaching no handler', async () => {
    const { handlers, calls } = spyHandlers();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString'),
          fc.anything(),
        ),
        fc.anything(),
        async (name, payload) => {
          fc.pre(!(typeof name === 'string' && names.includes(name as HostMethodName)));
          const result = await dispatch(handlers, name, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
        },
      ),
      { numRuns: RUNS_PER_METHOD },
    );
    expect(calls).toEqual([]);
  });

  it('turns anything a handler throws into a typed result', async () => {
    const { handlers } = spyHandlers();
    const thrown: unknown[] = [
      new HostFailure({ code: 'NOT_FOUND', message: 'gone', file: 'a.json' }),
      new Error('boom'),
      'a string',
      undefined,
      { weird: true },
    ];
    for (const value of thrown) {
      handlers['app.ping'] = () => {
        // A handler rejecting with a non-Error is exactly the case under test.
        throw value;
      };
      const result = await dispatch(handlers, 'app.ping', {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(value instanceof HostFailure ? 'NOT_FOUND' : 'INTERNAL');
        expect(typeof result.error.message).toBe('string');
      }
    }
  });
});
