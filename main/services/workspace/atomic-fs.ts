import * as fsp from 'node:fs/promises';

/** The few calls of an open file that an atomic write makes. */
export interface WritableHandle {
  write(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls atomic writes and sweeps make, as a seam: production uses node:fs,
 * tests wrap it to inject ENOSPC, EIO, EPERM... at one exact step.
 */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ mode: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

async function openHandle(path: string, flags: string, mode?: number): Promise<WritableHandle> {
  const handle = await fsp.open(path, flags, mode);
  return {
    async write(data) {
      let offset = 0;
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    chmod: (m) => handle.chmod(m),
    close: () => handle.close(),
  };
}

/** The real file system. */
export const nodeAtomicFs: AtomicFs = {
  open: openHandle,
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  link: (existing, newPath) => fsp.link(existing, newPath),
  realpath: (path) => fsp.realpath(path),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
};
