import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProcessRef, encodeProcessRef } from '../../../../renderer/framework/drag-data';
import type { FrameworkProcessId } from '../../../../shared/model/ids';

describe('process drag data', () => {
  it('round-trips a reference', () => {
    const ref = { pack: 'gb921-v25.5', id: '1.3.3' as FrameworkProcessId };
    expect(decodeProcessRef(encodeProcessRef(ref))).toEqual(ref);
  });

  it('carries only the pack and id, never a name', () => {
    const text = encodeProcessRef({
      pack: 'p',
      id: '1' as FrameworkProcessId,
      name: 'x',
    } as never);
    expect(JSON.parse(text)).toEqual({ pack: 'p', processId: '1' });
  });

  it('refuses anything that is not a well-formed reference', () => {
    for (const text of [
      '',
      'not json',
      'null',
      '[]',
      '"1.3"',
      '{"pack":"p"}',
      '{"pack":"","processId":"1.3"}',
      '{"pack":"p","processId":"1.3 "}',
      '{"pack":"p","processId":"<img>"}',
      '{"pack":1,"processId":"1.3"}',
      `{"pack":"${'p'.repeat(101)}","processId":"1"}`,
      'x'.repeat(1001),
    ]) {
      expect(decodeProcessRef(text), text).toBeUndefined();
    }
  });

  it('never throws, whatever is dropped', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const ref = decodeProcessRef(text);
        if (ref !== undefined) expect(ref.id).toMatch(/^\d+(\.\d+)*$/);
      }),
    );
  });
});
