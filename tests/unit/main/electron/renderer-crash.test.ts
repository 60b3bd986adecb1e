import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { reloadAfterRendererCrash } from '../../../../main/electron/renderer-crash';

/**
 * The one seam that cannot run here: Electron's WebContents (no Electron binary on this
 * machine). A stand-in emits its 'render-process-gone' event and counts reloads; the Electron
 * spec crashes a real renderer where the binary exists.
 */
function fakeContents() {
  const emitter = new EventEmitter();
  const contents = Object.assign(emitter, { reloads: 0, reload: () => void contents.reloads++ });
  return contents;
}

function gone(contents: EventEmitter, reason: string): void {
  contents.emit('render-process-gone', {}, { reason, exitCode: reason === 'clean-exit' ? 0 : 133 });
}

describe('reloadAfterRendererCrash', () => {
  it('reloads the page after a crash, an out-of-memory or a kill, not after a clean exit', () => {
    const contents = fakeContents();
    const log: string[] = [];
    let clock = 0;
    reloadAfterRendererCrash(
      contents as unknown as WebContents,
      (m) => log.push(m),
      () => clock,
    );
    gone(contents, 'clean-exit');
    expect(contents.reloads).toBe(0);
    for (const reason of ['crashed', 'oom', 'killed']) {
      clock += 30_000;
      gone(contents, reason);
    }
    expect(contents.reloads).toBe(3);
    expect(log[0]).toBe('The editor stopped (crashed, exit code 133); reloading it.');
  });

  it('stops reloading a page that dies three times within a minute', () => {
    const contents = fakeContents();
    const log: string[] = [];
    let clock = 0;
    reloadAfterRendererCrash(
      contents as unknown as WebContents,
      (m) => log.push(m),
      () => clock,
    );
    for (let i = 0; i < 5; i++) {
      clock += 1_000;
      gone(contents, 'crashed');
    }
    expect(contents.reloads).toBe(3);
    expect(log.at(-1)).toBe('The editor stopped again (crashed); not reloading it.');
    clock += 61_000; // a minute later it is reloaded again
    gone(contents, 'crashed');
    expect(contents.reloads).toBe(4);
  });
});
