import { describe, expect, it } from 'vitest';
import {
  ChunkedReplies,
  isChunkedReplyHeader,
  receiveReply,
} from '../../../../shared/ipc/chunked-reply';
import type { HostResult } from '../../../../shared/ipc/errors';

const large: HostResult<unknown> = {
  ok: true,
  value: { labels: Array.from({ length: 2_000 }, (_, i) => `label ${i} ${'y'.repeat(90)}`) },
};

function replies(clock = { now: 0 }): ChunkedReplies {
  let next = 0;
  return new ChunkedReplies({
    partChars: 10_000,
    idleMs: 1_000,
    now: () => clock.now,
    newId: () => `reply-${(next += 1)}`,
  });
}

describe('chunked replies', () => {
  it('passes an answer that fits in one part as it is', async () => {
    const answer: HostResult<unknown> = { ok: true, value: 'pong' };
    const sent = replies().reply(answer, 1);
    expect(sent).toBe(answer);
    expect(await receiveReply(sent, () => Promise.reject(new Error('no pull expected')))).toBe(
      answer,
    );
  });

  it('sends a large answer in parts, one per pull, and forgets it after the last', async () => {
    const store = replies();
    const sent = store.reply(large, 1);
    expect(isChunkedReplyHeader(sent)).toBe(true);
    expect(store.size).toBe(1);
    let pulls = 0;
    const received = await receiveReply(sent, (id) => {
      pulls += 1;
      return Promise.resolve(store.next(id, 1));
    });
    expect(received).toEqual(large);
    expect(pulls).toBeGreaterThanOrEqual(Math.floor(JSON.stringify(large).length / 10_000));
    expect(store.size).toBe(0);
  });

  it('gives the parts to their owner only', () => {
    const store = replies();
    const sent = store.reply(large, 1);
    if (!isChunkedReplyHeader(sent)) throw new Error('expected parts');
    expect(store.next(sent.etomChunkedReply.id, 2)).toEqual({
      missing: 'No such reply in progress.',
    });
    expect(store.next('reply-99', 1)).toEqual({ missing: 'No such reply in progress.' });
    expect(store.next({ id: 1 }, 1)).toEqual({ missing: 'No such reply in progress.' });
    expect(store.next(sent.etomChunkedReply.id, 1)).toMatchObject({ done: false });
  });

  it('drops a reply nobody asked for within the idle time', () => {
    const clock = { now: 0 };
    const store = replies(clock);
    const sent = store.reply(large, 1);
    if (!isChunkedReplyHeader(sent)) throw new Error('expected parts');
    clock.now = 1_001;
    expect(store.next(sent.etomChunkedReply.id, 1)).toEqual({
      missing: 'No such reply in progress.',
    });
    expect(store.size).toBe(0);
  });

  it('turns a reply cut off or damaged into a failed HostResult', async () => {
    const header = { etomChunkedReply: { id: 'r', part: '{"ok":tr' } };
    expect(await receiveReply(header, () => Promise.resolve({ missing: 'gone' }))).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'The answer was cut off: gone' },
    });
    expect(await receiveReply(header, () => Promise.resolve({ part: 'x', done: true }))).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'The answer arrived damaged.' },
    });
  });
});
