import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_AND_CLOSE_EVENT } from '../../../../shared/actions/host-events';

/**
 * Two seams that cannot run here (no Electron binary): the native message box, which answers the
 * button index the test sets, and the window's WebContents, a stand-in that emits Electron's
 * 'will-prevent-unload' and records what is sent to the page.
 */
const box = { answer: 0, asked: [] as Array<{ buttons: string[]; cancelId: number }> };
vi.mock('electron', () => ({
  dialog: {
    showMessageBoxSync: (_window: unknown, options: { buttons: string[]; cancelId: number }) => {
      box.asked.push(options);
      return box.answer;
    },
  },
}));
const { guardUnsavedClose } = await import('../../../../main/electron/unload-guard');
const { MENU_CHANNEL } = await import('../../../../main/electron/channels');

function fakeWindow() {
  const sent: unknown[][] = [];
  const webContents = Object.assign(new EventEmitter(), {
    send: (...args: unknown[]) => void sent.push(args),
  });
  return { window: { webContents } as unknown as BrowserWindow, webContents, sent };
}

/** Closes the stand-in window once with `answer` chosen; true when the close may go on. */
function closeAnswering(answer: number) {
  const { window, webContents, sent } = fakeWindow();
  guardUnsavedClose(window);
  box.answer = answer;
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  webContents.emit('will-prevent-unload', event);
  return { closes: event.prevented, sent };
}

describe('closing the desktop window with unsaved changes', () => {
  it('offers Save, Don’t save and Cancel, Escape being Cancel', () => {
    closeAnswering(2);
    expect(box.asked.at(-1)).toMatchObject({
      buttons: ['Save', 'Don’t save', 'Cancel'],
      cancelId: 2,
    });
  });

  it('Save: the window stays until the page has saved, which it is asked to do', () => {
    expect(closeAnswering(0)).toEqual({
      closes: false,
      sent: [[MENU_CHANNEL, SAVE_AND_CLOSE_EVENT]],
    });
  });

  it('Don’t save: the window closes (the journal keeps the edits); Cancel: nothing', () => {
    expect(closeAnswering(1)).toEqual({ closes: true, sent: [] });
    expect(closeAnswering(2)).toEqual({ closes: false, sent: [] });
  });
});
