import type { App, Session, WebContents } from 'electron';
import { denyAllPermissions } from './harden-session';
import { navigationVerdict, windowOpenVerdict, type UrlVerdict } from './web-contents-policy';

export interface LockDownOptions {
  /** The origins the app's pages are served from (app://etom, the dev server). */
  appOrigins: ReadonlyArray<string>;
  /** Opens an allowed link in the user's browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
}

/** The web contents events the lock-down uses (a part of Electron's WebContents). */
export type LockableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'> & {
  readonly session: Session;
};

function follow(verdict: UrlVerdict, url: string, options: LockDownOptions): boolean {
  if (verdict.kind === 'allow') return true;
  if (verdict.kind === 'open-externally') {
    options
      .openExternal(url)
      .catch((error: unknown) => options.log(`Could not open ${url}: ${String(error)}`));
  } else {
    options.log(`Blocked a link to ${url.slice(0, 200)}`);
  }
  return false;
}

/**
 * Locks one web contents down: no new windows, no navigation, redirect or subframe away from
 * the app's origins, no webviews, and every permission of its session refused.
 */
export function lockDownContents(
  contents: LockableContents,
  options: LockDownOptions,
  hardenedSessions: WeakSet<Session> = new WeakSet(),
): void {
  contents.setWindowOpenHandler(({ url }) => {
    follow(windowOpenVerdict(url), url, options);
    return { action: 'deny' };
  });
  const stay = (event: { url: string; preventDefault(): void }): void => {
    if (!follow(navigationVerdict(event.url, options.appOrigins), event.url, options)) {
      event.preventDefault();
    }
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-frame-navigate', (event) => {
    // Main-frame navigations were judged by will-navigate; a subframe never leaves the app.
    if (!event.isMainFrame && navigationVerdict(event.url, options.appOrigins).kind !== 'allow') {
      options.log(`Blocked a frame of ${event.url.slice(0, 200)}`);
      event.preventDefault();
    }
  });
  contents.on('will-attach-webview', (event) => {
    options.log('Blocked a webview');
    event.preventDefault();
  });
  if (!hardenedSessions.has(contents.session)) {
    hardenedSessions.add(contents.session);
    denyAllPermissions(contents.session, options.log);
  }
}

/**
 * One lock-down for every web contents the app will ever have (windows, DevTools, anything a
 * library creates), applied as each is created rather than window by window. Call it before
 * the first window opens.
 */
export function lockDownEveryWebContents(app: Pick<App, 'on'>, options: LockDownOptions): void {
  const hardened = new WeakSet<Session>();
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, options, hardened),
  );
}
