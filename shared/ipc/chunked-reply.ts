import type { HostResult } from './errors';
import { JsonParts } from './json-parts';

/**
 * Large host answers over Electron IPC, in parts. One `ipcRenderer.invoke` carrying a 43.5 MB
 * diagram means one structured clone of it in main; instead main serialises the answer as JSON
 * (json-parts.ts) one part per request: the first part comes back in place of the answer, and
 * the preload asks for the rest, part by part, on a second channel. Main does one part's work
 * per request, so it answers other calls in between, and a renderer that stops asking holds
 * nothing but the writer. Small answers (one part) go back as they are.
 */

/** Characters of JSON per part over IPC: a few milliseconds of work in main. */
export const REPLY_PART_CHARS = 512 * 1024;

/** Parts not asked for within this time are dropped (the window went away mid-reply). */
export const REPLY_IDLE_MS = 60_000;

/** What comes back from the host channel in place of an answer too large for one part. */
export interface ChunkedReplyHeader {
  etomChunkedReply: { id: string; part: string };
}

/** One further part: its text and whether it was the last, or why there is none. */
export type ReplyPart = { part: string; done: boolean } | { missing: string };

/** True for the header of a reply in parts (a HostResult never has its key). */
export function isChunkedReplyHeader(value: unknown): value is ChunkedReplyHeader {
  if (typeof value !== 'object' || value === null || !('etomChunkedReply' in value)) return false;
  const inner = value.etomChunkedReply;
  return (
    typeof inner === 'object' &&
    inner !== null &&
    typeof (inner as { id?: unknown }).id === 'string' &&
    typeof (inner as { part?: unknown }).part === 'string'
  );
}

interface Pending {
  parts: JsonParts;
  owner: number;
  lastAsked: number;
}

/** Main's side: answers in parts, each readable only by the web contents it was made for. */
export class ChunkedReplies {
  private readonly pending = new Map<string, Pending>();
  private readonly partChars: number;
  private readonly idleMs: number;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    options: {
      partChars?: number;
      idleMs?: number;
      now?: () => number;
      newId?: () => string;
    } = {},
  ) {
    this.partChars = options.partChars ?? REPLY_PART_CHARS;
    this.idleMs = options.idleMs ?? REPLY_IDLE_MS;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  }

  /** The answer itself when it fits in one part, else the header of a reply in parts. */
  reply(answer: HostResult<unknown>, owner: number): HostResult<unknown> | ChunkedReplyHeader {
    this.dropIdle();
    const parts = new JsonParts(answer);
    const first = parts.next(this.partChars) ?? 'null';
    if (parts.done) return answer;
    const id = this.newId();
    this.pending.set(id, { parts, owner, lastAsked: this.now() });
    return { etomChunkedReply: { id, part: first } };
  }

  /** The next part of reply `id` for `owner`; the last one forgets the reply. */
  next(id: unknown, owner: number): ReplyPart {
    this.dropIdle();
    const entry = typeof id === 'string' ? this.pending.get(id) : undefined;
    if (!entry || entry.owner !== owner) return { missing: 'No such reply in progress.' };
    entry.lastAsked = this.now();
    const part = entry.parts.next(this.partChars) ?? '';
    if (entry.parts.done) this.pending.delete(id as string);
    return { part, done: entry.parts.done };
  }

  /** Replies in progress; for tests and diagnostics. */
  get size(): number {
    return this.pending.size;
  }

  private dropIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [id, entry] of this.pending) if (entry.lastAsked < cutoff) this.pending.delete(id);
  }
}

/**
 * The preload's side: turns what the host channel answered into the answer, asking for the
 * remaining parts of a reply in parts through `pull`. A reply that cannot be completed becomes
 * a failed HostResult, as every transport failure does.
 */
export async function receiveReply(
  first: unknown,
  pull: (id: string) => Promise<unknown>,
): Promise<unknown> {
  if (!isChunkedReplyHeader(first)) return first;
  const { id, part } = first.etomChunkedReply;
  const parts = [part];
  for (;;) {
    const next = (await pull(id)) as Partial<{ part: string; done: boolean; missing: string }>;
    if (typeof next?.part !== 'string') {
      return ioFailure(`The answer was cut off: ${next?.missing ?? 'no part came back'}`);
    }
    parts.push(next.part);
    if (next.done === true) break;
  }
  try {
    return JSON.parse(parts.join('')) as unknown;
  } catch {
    return ioFailure('The answer arrived damaged.');
  }
}

function ioFailure(message: string): HostResult<unknown> {
  return { ok: false, error: { code: 'IO_ERROR', message } };
}
