import type { HostKind } from '../../shared/actions/menus';
import type { Platform } from '../../shared/actions/shortcut';
import { getPlatform } from '../platform/host';

/** macOS (Cmd is the command key) or anything else (Ctrl is). */
export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = nav.userAgentData?.platform ?? nav.platform;
  return /mac/i.test(name) ? 'mac' : 'other';
}

/** The desktop app or the browser mode. */
export function currentHost(): HostKind {
  return getPlatform().kind;
}

/** True while a modal dialog is open: its keys and clicks are its own. */
export function modalOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}
