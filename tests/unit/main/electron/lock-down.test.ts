import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { App } from 'electron';
import { lockDownEveryWebContents } from '../../../../main/electron/lock-down';
import {
  navigationVerdict,
  windowOpenVerdict,
} from '../../../../main/electron/web-contents-policy';

const APP = ['app://etom'];

describe('web contents policy', () => {
  it('lets a frame navigate within the app only', () => {
    expect(navigationVerdict('app://etom/index.html', APP)).toEqual({ kind: 'allow' });
    expect(navigationVerdict('app://etom/other#x', APP)).toEqual({ kind: 'allow' });
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'file:///etc/passwd',
      'about:blank',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(navigationVerdict(url, APP), url).toEqual({ kind: 'block' });
    }
  });

  it('sends allowed https links to the browser, never to a new window', () => {
    expect(navigationVerdict('https://www.tmforum.org/x', APP)).toEqual({
      kind: 'open-externally',
    });
    expect(windowOpenVerdict('https://www.tmforum.org/x')).toEqual({ kind: 'open-externally' });
    for (const url of ['app://etom/index.html', 'https://evil.example/', 'smb://s/x', 'file:///']) {
      expect(windowOpenVerdict(url), url).toEqual({ kind: 'block' });
    }
  });
});

// The seam: Electron's app, web contents and session need the Electron runtime. These stand-ins
// are event emitters with the same event names and shapes, so what is tested is the wiring:
// that every web contents created gets every guard.
class FakeSession {
  readonly requests: string[] = [];
  requestHandler?: (contents: unknown, permission: string, callback: (ok: boolean) => void) => void;
  checkHandler?: () => boolean;
  deviceHandler?: () => boolean;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']) {
    this.deviceHandler = handler;
  }
}

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: FakeContents['openHandler']) {
    this.openHandler = handler;
  }
  /** Emits a cancellable event as Electron does; true when a guard cancelled it. */
  attempt(event: string, details: Record<string, unknown> = {}): boolean {
    let prevented = false;
    this.emit(event, { ...details, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('lockDownEveryWebContents', () => {
  const app = new EventEmitter();
  const opened: string[] = [];
  const log: string[] = [];
  lockDownEveryWebContents(app as unknown as Pick<App, 'on'>, {
    appOrigins: APP,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    log: (line) => log.push(line),
  });
  const created = (session = new FakeSession()) => {
    const contents = new FakeContents(session);
    app.emit('web-contents-created', {}, contents);
    return contents;
  };

  it('guards every web contents created, not only the first window', () => {
    for (const contents of [created(), created(), created(new FakeSession())]) {
      expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(contents.openHandler?.({ url: 'app://etom/index.html' })).toEqual({ action: 'deny' });
      expect(contents.attempt('will-navigate', { url: 'https://evil.example/' })).toBe(true);
      expect(contents.attempt('will-redirect', { url: 'file:///etc/passwd' })).toBe(true);
      expect(contents.attempt('will-navigate', { url: 'app://etom/index.html' })).toBe(false);
      expect(
        contents.attempt('will-frame-navigate', { url: 'about:blank', isMainFrame: false }),
      ).toBe(true);
      expect(contents.attempt('will-attach-webview')).toBe(true);
    }
    expect(log.filter((line) => line.startsWith('Blocked a link'))).toHaveLength(12);
  });

  it('opens only allowed https links, in the browser', async () => {
    const contents = created();
    expect(contents.openHandler?.({ url: 'https://www.tmforum.org/a' })).toEqual({
      action: 'deny',
    });
    expect(contents.attempt('will-navigate', { url: 'https://www.tmforum.org/b' })).toBe(true);
    contents.openHandler?.({ url: 'smb://server/share' });
    await Promise.resolve();
    expect(opened).toEqual(['https://www.tmforum.org/a', 'https://www.tmforum.org/b']);
  });

  it('refuses every permission of every session, once per session', () => {
    const shared = new FakeSession();
    created(shared);
    const first = shared.requestHandler;
    created(shared);
    expect(shared.requestHandler).toBe(first);
    for (const session of [shared, created().session]) {
      for (const permission of [
        'notifications',
        'media',
        'geolocation',
        'clipboard-read',
        'midi',
      ]) {
        let granted: boolean | undefined;
        session.requestHandler?.({}, permission, (ok) => (granted = ok));
        expect(granted, permission).toBe(false);
      }
      expect(session.checkHandler?.()).toBe(false);
      expect(session.deviceHandler?.()).toBe(false);
    }
    expect(log.filter((line) => line.startsWith('Denied permission request'))).toHaveLength(10);
  });
});
