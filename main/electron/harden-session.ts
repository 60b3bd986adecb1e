import type { Session } from 'electron';

/**
 * The editor needs no browser permission (camera, notifications, clipboard-read, MIDI,
 * geolocation...): every request and every check is refused, and logged.
 */
export function denyAllPermissions(session: Session, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
