import { createHash } from 'node:crypto';

/** SHA-256 of bytes or text (as UTF-8), in hex: how the store recognises a file's content. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
