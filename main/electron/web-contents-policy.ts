import { isAllowedExternalUrl } from './external-links';
import { originOf } from './sender-check';

/**
 * What may happen to a URL a web contents wants to go to. The editor never leaves its own
 * origin: a navigation, a redirect or a subframe to anywhere else is stopped, and a new window
 * is never opened. An allowed https link (see external-links.ts) goes to the user's browser.
 */
export type UrlVerdict = { kind: 'allow' } | { kind: 'open-externally' } | { kind: 'block' };

/** Where a frame may navigate: only to one of the app's own origins. */
export function navigationVerdict(url: string, appOrigins: ReadonlyArray<string>): UrlVerdict {
  const origin = originOf(url);
  if (origin !== null && appOrigins.includes(origin)) return { kind: 'allow' };
  return isAllowedExternalUrl(url) ? { kind: 'open-externally' } : { kind: 'block' };
}

/** `window.open`, `target=_blank` and middle-clicks: never a new window; maybe the browser. */
export function windowOpenVerdict(url: string): Exclude<UrlVerdict, { kind: 'allow' }> {
  return isAllowedExternalUrl(url) ? { kind: 'open-externally' } : { kind: 'block' };
}
