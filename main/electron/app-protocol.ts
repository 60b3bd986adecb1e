import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME } from './app-request';

/**
 * Must run before the app is ready. A standard, secure scheme gives the renderer a real origin
 * (unlike file://, which shares one with every local file), so 'self' in the CSP means the app
 * and nothing else, and the file-protocol fuse can stay off.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the renderer build at app://etom/ with the same path confinement and security headers
 * as the browser host (`answerAppRequest`, tested without Electron).
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, request));
}
